import { buryJob, claimJobs, completeJob, nextRunAt, retryJob } from '../db/queries/outbox.js';
import type { OutboxRow } from '../db/schema/index.js';
import { correlationId, RetryLaterError } from '../errors.js';
import type { JobDeps, JobHandler } from '../jobs/context.js';
import { ChannelRateLimited } from '../slack/channel-gate.js';
import { classifySlackError } from '../slack/errors.js';
import type { Metrics } from './metrics.js';
import type { RequestPressure } from './request-pressure.js';

export interface WorkerOptions {
  pollIntervalMs: number;
  batchSize?: number;
  /** How long a claimed job is ours; past it another instance may take it over. */
  leaseMs?: number;
  maxAttempts?: number;
  /** Jobs run at once; kept small so background work never starves request handling of connections. */
  concurrency?: number;
  /** While it says busy, jobs run one at a time. */
  pressure?: RequestPressure;
}

const MAX_BACKOFF_MS = 60_000;
/** The longest a job waits for request handling to pause. */
const MAX_YIELD_MS = 250;

function backoffMs(attempts: number): number {
  const base = Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.max(0, attempts - 1));
  return base / 2 + Math.random() * (base / 2);
}

/**
 * Drains the outbox: claims due jobs, runs them, and records the outcome. Rate limits wait for
 * Retry-After; failures whose effect is unknown are retried with a check for an earlier post.
 */
export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private again = false;
  private stopped = true;
  /** Set by stop(): the jobs in hand finish without waiting for requests to pause. */
  private stopping = false;
  private readonly idle = new Set<() => void>();

  constructor(
    private readonly deps: JobDeps,
    private readonly handlers: Record<string, JobHandler>,
    private readonly options: WorkerOptions,
    private readonly metrics?: Metrics,
  ) {}

  start(): void {
    this.stopped = false;
    this.stopping = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    while (this.running) await new Promise((r) => setTimeout(r, 20));
  }

  /** New work was committed: look now instead of at the next poll. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
  }

  private async tick(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = true;
    this.again = false;
    let delay = this.options.pollIntervalMs;
    try {
      const claimed = await this.runOnce();
      // A full batch or a wake-up during the run means more may be waiting; otherwise sleep until the
      // next job is due (a retry after Retry-After, a channel's turn), but never past the poll interval.
      if (claimed >= (this.options.batchSize ?? 20) || this.again) delay = 0;
      else {
        const next = await nextRunAt(this.deps.db);
        if (next) delay = Math.min(delay, Math.max(0, next.getTime() - Date.now()));
      }
    } catch (error) {
      this.deps.log.error('outbox poll failed', { error });
    } finally {
      this.running = false;
    }
    this.schedule(delay);
  }

  /** Claims and runs one batch; returns how many jobs it claimed. */
  async runOnce(): Promise<number> {
    const jobs = await claimJobs(this.deps.db, {
      now: new Date(),
      limit: this.options.batchSize ?? 20,
      leaseMs: this.options.leaseMs ?? 60_000,
    });
    let next = 0;
    const lanes = Array.from({ length: Math.min(jobs.length, this.options.concurrency ?? 4) }, async (_, lane) => {
      while (next < jobs.length) {
        // While requests are being handled only the first lane goes on, and it lets them pass first;
        // waiting is bounded, so a steady stream of requests slows background work but never stops it.
        if (lane > 0 && this.options.pressure?.busy()) return;
        if (lane === 0 && !this.stopping) await this.options.pressure?.quiet(MAX_YIELD_MS);
        if (next < jobs.length) await this.run(jobs[next++]!);
      }
    });
    await Promise.all(lanes);
    return jobs.length;
  }

  private async run(job: OutboxRow): Promise<void> {
    const log = this.deps.log.child({ job_id: job.id, job_kind: job.kind, ticket_id: job.payload.ticketId });
    const handler = this.handlers[job.kind];
    if (!handler) {
      await buryJob(this.deps.db, job, new Date(), `no handler for ${job.kind}`);
      log.error('outbox job has no handler');
      return;
    }
    try {
      const result = await handler(job, this.deps);
      await completeJob(this.deps.db, job, new Date(), result ?? undefined);
      this.metrics?.jobDone(job.kind);
    } catch (error) {
      // If even the bookkeeping fails (database gone), the lease brings the job back later.
      await this.failed(job, error, log).catch((e) =>
        log.error('could not record a job failure; its lease will expire', { error: e }),
      );
    }
  }

  private async failed(job: OutboxRow, error: unknown, log: JobDeps['log']): Promise<void> {
    const now = Date.now();
    if (error instanceof ChannelRateLimited) {
      // Not a call to Slack: the channel is known to be rate-limited, so wait for it quietly.
      await retryJob(this.deps.db, job, {
        runAt: new Date(now + error.retryAfterMs),
        error: error.message,
        uncertain: job.uncertain,
      });
      return;
    }
    if (error instanceof RetryLaterError) {
      await retryJob(this.deps.db, job, {
        runAt: new Date(now + backoffMs(Math.min(job.attempts, 4))),
        error: error.message,
        uncertain: job.uncertain,
      });
      return;
    }
    const failure = classifySlackError(error);
    this.metrics?.slackError(job.kind, failure.kind);
    const maxAttempts = this.options.maxAttempts ?? 25;
    if (failure.kind === 'permanent' || job.attempts >= maxAttempts) {
      const ref = correlationId();
      await buryJob(
        this.deps.db,
        job,
        new Date(now),
        `${failure.kind === 'permanent' ? failure.detail : 'too many attempts'} (ref ${ref})`,
      );
      log.error('outbox job gave up', { ref, failure, error, attempts: job.attempts });
      return;
    }
    const delay = failure.kind === 'rate_limited' ? failure.retryAfterMs : backoffMs(job.attempts);
    this.metrics?.jobRetried(job.kind, failure.kind);
    await retryJob(this.deps.db, job, {
      runAt: new Date(now + delay),
      error: failure.kind === 'rate_limited' ? `rate limited for ${delay} ms` : failure.detail,
      // A rate-limited call did not happen; anything else may have.
      uncertain: job.uncertain || failure.kind === 'uncertain',
    });
    log.warn('outbox job will be retried', {
      failure: failure.kind,
      delay_ms: Math.round(delay),
      attempts: job.attempts,
    });
  }
}
