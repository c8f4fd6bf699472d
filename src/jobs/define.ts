import type { z } from 'zod';
import type { Executor } from '../db/client.js';
import { enqueueJob, enqueueJobs, jobPending, type NewJob } from '../db/queries/outbox.js';
import type { OutboxRow } from '../db/schema/index.js';
import type { JobDeps } from './context.js';
import type { Lane } from './lanes.js';

/**
 * Where a job stands in its lane's queue (src/jobs/lanes.ts), due jobs of a higher tier first:
 * - 'answer': posts what a person is waiting to read (the customer's receipt, an approved reply, the
 *   closing message, an escalation ping). First: each one ends someone's wait, and it is quick.
 * - 'intake': takes in what a person said and queues the answers. Next: under a burst, the receipts of
 *   messages already taken in go out before more messages are taken in.
 * - 'background': cards, reactions, incident checks, drafts, reports.
 */
export type JobPriority = 'answer' | 'intake' | 'background';

/** A priority as stored in outbox.rank: its lane's claim takes the lowest first. */
export const RANK: Readonly<Record<JobPriority, number>> = { answer: 0, intake: 1, background: 2 };

/** Whether a person waits for this job (an answer or its intake): while one runs, drafts start nothing new. */
export function someoneWaitsFor(job: { rank: number }): boolean {
  return job.rank < RANK.background;
}

/** What a handler may return: stored with the finished job, for whoever reads the outbox later. */
export type JobResult = Record<string, unknown> | undefined;

/**
 * How repeated requests for the same work are merged.
 * - once: the key is used at most once, ever; a redelivery or a second click adds nothing.
 * - coalesce: while one is pending, another request marks it to run again instead of adding a second.
 */
export type JobKey<K> = { once: (payload: K) => string } | { coalesce: (payload: K) => string };

export interface JobDefinition<P, K> {
  /** Stored in outbox.kind; never rename one that may still be queued. */
  name: string;
  /** What the job needs, parsed from the stored payload before the handler sees it. */
  payload: z.ZodType<P>;
  key: JobKey<K>;
  /** Where the worker runs it (src/jobs/lanes.ts): 'model' for work that waits on the model. Default 'default'. */
  lane?: Lane;
  /** Its place in its lane's queue; default 'background'. */
  priority?: JobPriority;
  /** Does the work; throws to be retried (see the worker for which failures are retried). */
  run: (payload: P, job: OutboxRow, deps: JobDeps) => Promise<JobResult | void>;
}

/**
 * A payload that does not match its job's schema. Queued, it fails the caller; stored, the job can never run,
 * so it is not retried.
 */
export class InvalidJobPayloadError extends Error {
  constructor(
    readonly jobName: string,
    /** Where the payload is wrong, e.g. ["ticketId"], with what is wrong there. */
    readonly problems: Array<{ path: PropertyKey[]; message: string }>,
  ) {
    super(
      `${jobName}: the stored payload is not valid (${problems
        .map((p) => `${p.path.map(String).join('.') || 'payload'}: ${p.message}`)
        .join('; ')})`,
    );
    this.name = 'InvalidJobPayloadError';
  }
}

/** One kind of background work, defined once; queue it with `queue` inside the transaction that needs it. */
export interface Job<P, K = P> {
  readonly name: string;
  readonly mode: 'once' | 'coalesce';
  readonly lane: Lane;
  readonly priority: JobPriority;
  /** The once- or coalesce-key this payload is stored under. */
  keyOf(payload: K): string;
  /** The outbox row for this payload, for `queueAll` or the intake inbox. */
  item(payload: P): NewJob & { lane: Lane; rank: number; onceKey?: string; coalesceKey?: string };
  /**
   * Adds the job inside the caller's transaction. Returns false when a once-key was used already
   * (nothing was added); a coalesced job always returns true.
   */
  queue(db: Executor, payload: P): Promise<boolean>;
  /** Is a job with this key waiting to run? Work that depends on it can then wait for it. */
  pending(db: Executor, payload: K): Promise<boolean>;
  /** Parses the stored payload and runs the handler; the worker's only way in. */
  handle(job: OutboxRow, deps: JobDeps): Promise<JobResult | void>;
}

/**
 * Defines a job: its name, payload schema, key and handler in one place. `P extends K`: the key is made
 * from (part of) the payload, so a caller holding only those fields can still ask for the key.
 */
export function defineJob<P extends K, K = P>(definition: JobDefinition<P, K>): Job<P, K> {
  const { name, key } = definition;
  const mode = 'once' in key ? 'once' : 'coalesce';
  const keyOf = (payload: K) => ('once' in key ? key.once(payload) : key.coalesce(payload));
  const parse = (payload: unknown): P => {
    const parsed = definition.payload.safeParse(payload);
    if (parsed.success) return parsed.data;
    throw new InvalidJobPayloadError(
      name,
      parsed.error.issues.map((i) => ({ path: i.path, message: i.message })),
    );
  };
  const lane = definition.lane ?? 'default';
  const priority = definition.priority ?? 'background';
  const item = (payload: P) => {
    // Checked on the way in too: a caller's mistake fails its own transaction, not a job hours later.
    const stored = parse(payload) as Record<string, unknown>;
    const placed = { kind: name, payload: stored, lane, rank: RANK[priority] };
    return mode === 'once' ? { ...placed, onceKey: keyOf(payload) } : { ...placed, coalesceKey: keyOf(payload) };
  };
  return {
    name,
    mode,
    lane,
    priority,
    keyOf,
    item,
    queue: async (db, payload) => enqueueJob(db, item(payload)),
    pending: (db, payload) =>
      jobPending(db, mode === 'once' ? { onceKey: keyOf(payload) } : { coalesceKey: keyOf(payload) }),
    async handle(job, deps) {
      return definition.run(parse(job.payload), job, deps);
    },
  };
}

/** Several jobs in one transaction, in two statements (the once-keyed ones, then the coalesced ones). */
export function queueAll(db: Executor, items: NewJob[]): Promise<void> {
  return enqueueJobs(db, items);
}
