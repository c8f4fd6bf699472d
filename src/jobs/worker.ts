import {
  buryJob,
  claimByOnceKey,
  claimJobs,
  completeAndClaim,
  completeJob,
  nextRunAt,
  renewLeases,
  retryJob,
} from '../db/queries/outbox.js';
import type { OutboxRow } from '../db/schema/index.js';
import { correlationId, RetryLaterError } from '../errors.js';
import { ChannelRateLimited } from '../slack/channel-gate.js';
import { classifySlackError } from '../slack/errors.js';
import type { Metrics } from '../metrics.js';
import type { RequestPressure } from '../services/request-pressure.js';
import type { JobDeps, JobHandler } from './context.js';
import { InvalidJobPayloadError } from '../queue/define.js';
import { type Lane, LANES, someoneWaitsFor } from '../queue/lanes.js';

export interface WorkerOptions {
  pollIntervalMs: number;
  /** How long a claimed job is ours; past it another instance may take it over. */
  leaseMs?: number;
  maxAttempts?: number;
  /**
   * Jobs each lane runs at once. Most default-lane jobs wait on Slack more than they work, so eight keep a
   * burst's receipts moving; on PostgreSQL they use a pool of their own (see app.ts), so they never take
   * request handling's connections. The model lane mostly waits on the network.
   */
  slots?: Partial<Record<Lane, number>>;
  /** While it says busy, each lane runs its jobs one at a time. */
  pressure?: RequestPressure;
}

export const DEFAULT_SLOTS: Record<Lane, number> = { default: 8, model: 4 };
const MAX_BACKOFF_MS = 60_000;
/** The longest a job waits for request handling to pause. */
const MAX_YIELD_MS = 250;
/** The longest a model-lane job waits for the receipts, replies and intakes under way to finish. */
const MAX_MODEL_YIELD_MS = 1000;

function backoffMs(attempts: number): number {
  const base = Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.max(0, attempts - 1));
  return base / 2 + Math.random() * (base / 2);
}

interface LaneState {
  readonly name: Lane;
  readonly slots: number;
  running: number;
  claiming: boolean;
  /** The last claim found less than it had room for: look again only when woken or at the next poll. */
  dry: boolean;
  /** Counts wake-ups, so new work committed while a claim was under way is not missed. */
  wakes: number;
  timer: NodeJS.Timeout | undefined;
  /** Set while the lane, held to one job by request pressure, waits for requests to pause to look again. */
  awaitingPause: boolean;
}

/**
 * Drains the outbox: each lane claims due jobs of its kinds as soon as it has a free slot, runs them,
 * and records the outcome, so a job waiting on the model never delays a receipt. Claims take only what
 * a lane can start now, so other instances can take the rest. Rate limits wait for Retry-After;
 * failures whose effect is unknown are retried with a check for an earlier post.
 */
export class OutboxWorker {
  private readonly lanes: LaneState[];
  /** Jobs running here; their leases are renewed while they run, and no claim takes them again. */
  private readonly inHand = new Set<number>();
  private renewal: NodeJS.Timeout | undefined;
  /** Jobs a person waits for (an answer or its intake) running now; see waitedWorkDone. */
  private waitedRunning = 0;
  private waitedDone: Array<() => void> = [];
  private stopped = true;
  /** Set by stop(): the jobs in hand finish without waiting for requests to pause. */
  private stopping = false;
  /** Resolves when stop() is called, ending any wait for a pause under way. */
  private stopRequested: Promise<void> = Promise.resolve();
  private requestStop = () => {};

  constructor(
    private readonly deps: JobDeps,
    private readonly handlers: Record<string, JobHandler>,
    private readonly options: WorkerOptions,
    private readonly metrics?: Metrics,
  ) {
    this.lanes = LANES.map((name) => ({
      name,
      slots: Math.max(1, options.slots?.[name] ?? DEFAULT_SLOTS[name]),
      running: 0,
      claiming: false,
      dry: false,
      wakes: 0,
      timer: undefined,
      awaitingPause: false,
    }));
  }

  start(): void {
    this.stopped = false;
    this.stopping = false;
    this.stopRequested = new Promise((resolve) => {
      this.requestStop = resolve;
    });
    // A third of the lease, so a renewal that is late or fails once still comes before the lease ends.
    this.renewal = setInterval(() => void this.renewLeases(), Math.max(100, this.leaseMs / 3));
    this.wake();
  }

  private get leaseMs(): number {
    return this.options.leaseMs ?? 60_000;
  }

  /**
   * Claims nothing more and waits for the jobs in hand, at most a lease: past it another instance may take them
   * over anyway, and a job stuck on a dead connection must not keep the process from ending. One still running
   * then is left to its lease, as if the process had died: its next run checks for an earlier post.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping = true;
    this.requestStop();
    for (const lane of this.lanes) clearTimeout(lane.timer);
    const giveUpAt = Date.now() + this.leaseMs;
    while (this.lanes.some((lane) => lane.running > 0 || lane.claiming)) {
      if (Date.now() >= giveUpAt) {
        this.deps.log.warn('stopped with jobs still running; their leases bring them back', {
          jobs: [...this.inHand],
        });
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    clearInterval(this.renewal);
  }

  private async renewLeases(): Promise<void> {
    const ids = [...this.inHand];
    await renewLeases(this.deps.db, { ids, until: new Date(Date.now() + this.leaseMs) }).catch((error) =>
      this.deps.log.warn('could not renew the leases of running jobs', { error, jobs: ids.length }),
    );
  }

  /**
   * New work was committed: look now instead of at the next poll. Given the lanes it went to, only those
   * look; a lane woken for nothing would spend a claim and a look at its next due time on the database that
   * is taking the acknowledgements in.
   */
  wake(lanes?: readonly string[]): void {
    if (this.stopped) return;
    for (const lane of this.lanes) {
      if (lanes && !lanes.includes(lane.name)) continue;
      lane.dry = false;
      lane.wakes += 1;
      void this.fill(lane);
    }
  }

  /** Jobs running now in each lane. */
  busySlots(): Record<Lane, number> {
    return Object.fromEntries(this.lanes.map((lane) => [lane.name, lane.running])) as Record<Lane, number>;
  }

  /**
   * Slots the lane may fill now. While requests are being handled it claims, and so runs, one job at a
   * time: no claim query per request, and no jobs leased here only to wait while another instance could
   * run them.
   */
  private room(lane: LaneState): number {
    const underPressure = !this.stopping && (this.options.pressure?.busy() ?? false);
    return (underPressure ? 1 : lane.slots) - lane.running;
  }

  /** Claims as many of the lane's due jobs as it has room for, and starts them. */
  private async fill(lane: LaneState): Promise<void> {
    const free = this.room(lane);
    if (free <= 0 && lane.running < lane.slots) this.checkAfterPressure(lane);
    if (this.stopped || lane.claiming || lane.dry || free <= 0) return;
    lane.claiming = true;
    const wakes = lane.wakes;
    let jobs: OutboxRow[] = [];
    let failed = false;
    try {
      jobs = await claimJobs(this.deps.db, {
        now: new Date(),
        limit: free,
        leaseMs: this.leaseMs,
        lane: lane.name,
        inHand: [...this.inHand],
      });
    } catch (error) {
      failed = true;
      this.deps.log.error('outbox poll failed', { error, lane: lane.name });
    } finally {
      lane.claiming = false;
    }
    // Jobs claimed while stopping still run: they are leased to us, and stop() waits for them.
    for (const job of jobs) this.launch(lane, job);
    if (failed || (jobs.length < free && lane.wakes === wakes)) {
      lane.dry = true;
      await this.schedulePoll(lane, failed);
    } else void this.fill(lane);
  }

  /** A lane held to one job by requests fills its other slots once they pause, not only when that job ends. */
  private checkAfterPressure(lane: LaneState): void {
    const pressure = this.options.pressure;
    if (!pressure || lane.awaitingPause || this.stopped) return;
    lane.awaitingPause = true;
    void pressure.quiet(MAX_YIELD_MS).then(() => {
      lane.awaitingPause = false;
      void this.fill(lane);
    });
  }

  private launch(lane: LaneState, job: OutboxRow): void {
    lane.running += 1;
    this.inHand.add(job.id);
    const waited = someoneWaitsFor(job);
    if (waited) this.waitedRunning += 1;
    void this.runInLane(lane, job)
      .catch((error) => this.deps.log.error('outbox job failed unexpectedly', { error, job_id: job.id }))
      .finally(() => {
        this.inHand.delete(job.id);
        lane.running -= 1;
        if (waited && --this.waitedRunning === 0) for (const done of this.waitedDone.splice(0)) done();
        void this.fill(lane);
      });
  }

  /**
   * Resolves once no job a person waits for is running here, or after maxWaitMs. A draft that is ready
   * costs this process real work (checks, the card, similar tickets); under a burst, starting it after
   * the receipts and intakes under way keeps the customers' receipts from waiting on it.
   */
  private waitedWorkDone(maxWaitMs: number): Promise<void> {
    if (this.waitedRunning === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, maxWaitMs);
      this.waitedDone.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /**
   * While requests are being handled, a lane's new jobs go one at a time, each after letting them pass
   * first; the wait is bounded, so a steady stream of requests slows background work but never stops it.
   */
  private async runInLane(lane: LaneState, job: OutboxRow): Promise<void> {
    if (lane.name === 'model' && !this.stopping)
      await Promise.race([this.waitedWorkDone(MAX_MODEL_YIELD_MS), this.stopRequested]);
    // Under request pressure the lane holds this one job only (see room), so it need not queue behind others.
    const pressure = this.options.pressure;
    if (pressure && !this.stopping && pressure.busy())
      await Promise.race([pressure.quiet(MAX_YIELD_MS), this.stopRequested]);
    await this.run(lane, job);
  }

  /** Sleeps until the lane's next job can be claimed (a retry's time, a lease's end), at most a poll. */
  private async schedulePoll(lane: LaneState, afterFailure: boolean): Promise<void> {
    let delay = this.options.pollIntervalMs;
    if (!afterFailure) {
      const next = await nextRunAt(this.deps.db, { lane: lane.name }).catch(() => null);
      if (next) delay = Math.min(delay, Math.max(0, next.getTime() - Date.now()));
    }
    if (this.stopped) return;
    clearTimeout(lane.timer);
    lane.timer = setTimeout(() => {
      lane.dry = false;
      void this.fill(lane);
    }, delay);
  }

  /**
   * Runs a job. `inline`: it runs in the slot of the job that asked for it (see followedBy), which is still
   * counted, so recording it claims nothing in its place.
   */
  private async run(lane: LaneState, job: OutboxRow, inline = false): Promise<void> {
    const log = this.deps.log.child({ job_id: job.id, job_kind: job.kind, ticket_id: job.payload.ticketId });
    const handler = this.handlers[job.kind];
    if (!handler) {
      await buryJob(this.deps.db, job, new Date(), `no handler for ${job.kind}`);
      log.error('outbox job has no handler');
      return;
    }
    try {
      const result = await handler(job, this.deps);
      for (const onceKey of result?.followedBy ?? []) await this.runFollowing(lane, onceKey);
      if (inline) await completeJob(this.deps.db, job, new Date(), result ?? undefined);
      else await this.finish(lane, job, result ?? undefined);
      this.metrics?.jobDone(job.kind);
    } catch (error) {
      // If even the bookkeeping fails (database gone), the lease brings the job back later.
      await this.failed(job, error, log).catch((e) =>
        log.error('could not record a job failure; its lease will expire', { error: e }),
      );
    }
  }

  /** Runs the job under this once-key now, in this slot, unless another claim has it already. */
  private async runFollowing(lane: LaneState, onceKey: string): Promise<void> {
    const job = await claimByOnceKey(this.deps.db, { onceKey, now: new Date(), leaseMs: this.leaseMs }).catch(
      (error) => {
        this.deps.log.warn('could not claim the job that follows; it waits for its turn', { error, once_key: onceKey });
        return null;
      },
    );
    if (!job) return;
    this.inHand.add(job.id);
    try {
      await this.run(lane, job, true);
    } finally {
      this.inHand.delete(job.id);
    }
  }

  /**
   * Records a finished job. Its slot is free from then on, so unless a claim is already under way (or the lane
   * has just found nothing due) the same statement claims the next jobs: one statement per job under a burst.
   */
  private async finish(lane: LaneState, job: OutboxRow, result?: Record<string, unknown>): Promise<void> {
    const free = this.room(lane) + 1;
    if (this.stopped || lane.claiming || lane.dry || free <= 0) {
      await completeJob(this.deps.db, job, new Date(), result);
      return;
    }
    lane.claiming = true;
    const wakes = lane.wakes;
    let next: OutboxRow[];
    try {
      const claim = { now: new Date(), limit: free, leaseMs: this.leaseMs, lane: lane.name, inHand: [...this.inHand] };
      next = await completeAndClaim(this.deps.db, { job, result, claim });
    } finally {
      lane.claiming = false;
    }
    for (const claimed of next) this.launch(lane, claimed);
    if (next.length < free && lane.wakes === wakes) {
      lane.dry = true;
      await this.schedulePoll(lane, false);
    }
  }

  private async failed(job: OutboxRow, error: unknown, log: JobDeps['log']): Promise<void> {
    const now = Date.now();
    if (error instanceof InvalidJobPayloadError) {
      // The stored payload will never parse, however often it is tried: give up at once, and say why.
      await buryJob(this.deps.db, job, new Date(now), error.message);
      log.error('outbox job has a payload it cannot read', { problems: error.problems });
      return;
    }
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
