import type { z } from 'zod';
import type { Executor } from '../db/client.js';
import { enqueueJob, enqueueJobs, jobPending, type NewJob } from '../db/queries/outbox.js';
import { type JobPriority, type Lane, RANK } from './lanes.js';

/**
 * How repeated requests for the same work are merged.
 * - once: the key is used at most once, ever; a redelivery or a second click adds nothing.
 * - coalesce: while one is pending, another request marks it to run again instead of adding a second.
 */
export type JobKey<K> = { once: (payload: K) => string } | { coalesce: (payload: K) => string };

export interface JobDefinition<N extends string, P, K> {
  /** Stored in outbox.kind; never rename one that may still be queued. */
  name: N;
  /** What the job needs, checked when it is queued and parsed again before its handler sees it. */
  payload: z.ZodType<P>;
  key: JobKey<K>;
  /** Where the worker runs it (src/queue/lanes.ts): 'model' for work that waits on the model. Default 'default'. */
  lane?: Lane;
  /** Its place in its lane's queue; default 'background'. */
  priority?: JobPriority;
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

/**
 * One kind of background work as a caller sees it: what to store to ask for it. Queue it with `queue`
 * inside the transaction that needs it; what runs it is its handler (src/jobs/registry.ts).
 */
export interface Job<N extends string, P, K = P> {
  readonly name: N;
  readonly mode: 'once' | 'coalesce';
  readonly lane: Lane;
  readonly priority: JobPriority;
  /** The once- or coalesce-key this payload is stored under. */
  keyOf(payload: K): string;
  /** The stored payload, checked against the schema; throws InvalidJobPayloadError. */
  parse(payload: unknown): P;
  /** The outbox row for this payload, for `queueAll` or the intake inbox. */
  item(payload: P): NewJob & { lane: Lane; rank: number; onceKey?: string; coalesceKey?: string };
  /**
   * Adds the job inside the caller's transaction. Returns false when a once-key was used already
   * (nothing was added); a coalesced job always returns true.
   */
  queue(db: Executor, payload: P): Promise<boolean>;
  /** Is a job with this key waiting to run? Work that depends on it can then wait for it. */
  pending(db: Executor, payload: K): Promise<boolean>;
}

/**
 * Defines a job's contract: its name, payload schema, key, lane and priority in one place. `P extends K`:
 * the key is made from (part of) the payload, so a caller holding only those fields can still ask for the key.
 */
export function defineJob<const N extends string, P extends K, K = P>(
  definition: JobDefinition<N, P, K>,
): Job<N, P, K> {
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
    parse,
    item,
    queue: async (db, payload) => enqueueJob(db, item(payload)),
    pending: (db, payload) =>
      jobPending(db, mode === 'once' ? { onceKey: keyOf(payload) } : { coalesceKey: keyOf(payload) }),
  };
}

/** Several jobs in one transaction, in two statements (the once-keyed ones, then the coalesced ones). */
export function queueAll(db: Executor, items: NewJob[]): Promise<void> {
  return enqueueJobs(db, items);
}
