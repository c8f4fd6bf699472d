import { and, asc, eq, inArray, isNotNull, isNull, lt, lte, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { outbox, type OutboxRow } from '../schema/index.js';

export interface NewJob {
  kind: string;
  payload: Record<string, unknown>;
  onceKey?: string;
  coalesceKey?: string;
  runAt?: Date;
}

/**
 * Adds work inside the caller's transaction. A once-key already used, or a coalesce-key already
 * pending, adds nothing new (a pending coalesced job is marked to run again). Returns false only
 * when a once-key had been used.
 */
export async function enqueueJob(db: Executor, job: NewJob): Promise<boolean> {
  const values = {
    kind: job.kind,
    payload: job.payload,
    onceKey: job.onceKey,
    coalesceKey: job.coalesceKey,
    runAt: job.runAt ?? new Date(),
  };
  if (job.coalesceKey) {
    await db
      .insert(outbox)
      .values(values)
      .onConflictDoUpdate({
        target: outbox.coalesceKey,
        targetWhere: sql`${outbox.status} = 'pending'`,
        set: { generation: sql`${outbox.generation} + 1`, payload: values.payload },
      });
    return true;
  }
  const inserted = await db.insert(outbox).values(values).onConflictDoNothing().returning({ id: outbox.id });
  return inserted.length > 0;
}

/** Several jobs at once: the once-keyed ones in one statement, the coalesced ones in another. */
export async function enqueueJobs(db: Executor, list: NewJob[]): Promise<void> {
  const row = (job: NewJob) => ({
    kind: job.kind,
    payload: job.payload,
    onceKey: job.onceKey,
    coalesceKey: job.coalesceKey,
    runAt: job.runAt ?? new Date(),
  });
  const once = list.filter((j) => !j.coalesceKey).map(row);
  const coalesced = list.filter((j) => j.coalesceKey).map(row);
  if (once.length) await db.insert(outbox).values(once).onConflictDoNothing();
  if (coalesced.length) {
    await db
      .insert(outbox)
      .values(coalesced)
      .onConflictDoUpdate({
        target: outbox.coalesceKey,
        targetWhere: sql`${outbox.status} = 'pending'`,
        set: { generation: sql`${outbox.generation} + 1` },
      });
  }
}

/** Which kinds of job a claim takes (one lane's): those listed, or all but those listed. */
export type KindFilter = { only: readonly string[] } | { except: readonly string[] };

function ofKinds(kinds: KindFilter | undefined): SQL | undefined {
  if (!kinds) return undefined;
  if ('only' in kinds) return inArray(outbox.kind, [...kinds.only]);
  return kinds.except.length ? notInArray(outbox.kind, [...kinds.except]) : undefined;
}

/**
 * Claims due work for a lease; rows held by another instance are skipped, not waited for. Kinds listed in
 * `first` are taken before the others, each group in run order; `inHand` (jobs this instance is running)
 * are never taken again, even if their lease has run out.
 */
export async function claimJobs(
  db: Executor,
  params: {
    now: Date;
    limit: number;
    leaseMs: number;
    kinds?: KindFilter;
    first?: readonly string[];
    inHand?: readonly number[];
  },
): Promise<OutboxRow[]> {
  const first = params.first?.length ? [sql`(${inArray(outbox.kind, [...params.first])}) desc`] : [];
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        eq(outbox.status, 'pending'),
        // Due within this millisecond counts: run_at defaults to the server's now(), with microseconds, and
        // `now` has only milliseconds, so a job queued a moment ago could otherwise look a little early.
        lt(outbox.runAt, new Date(params.now.getTime() + 1)),
        or(isNull(outbox.lockedUntil), lte(outbox.lockedUntil, params.now)),
        ofKinds(params.kinds),
        params.inHand?.length ? notInArray(outbox.id, [...params.inHand]) : undefined,
      ),
    )
    .orderBy(...first, asc(outbox.runAt))
    .limit(params.limit)
    .for('update', { skipLocked: true });
  return db
    .update(outbox)
    .set({
      lockedUntil: new Date(params.now.getTime() + params.leaseMs),
      attempts: sql`${outbox.attempts} + 1`,
      // A lease that ran out means an instance died mid-job: whatever it was posting may have landed.
      uncertain: sql`${outbox.uncertain} or ${outbox.lockedUntil} is not null`,
    })
    .where(inArray(outbox.id, due))
    .returning();
}

/** Jobs still running keep their lease, so no other instance takes them over while this one is alive. */
export async function renewLeases(db: Executor, params: { ids: readonly number[]; until: Date }): Promise<void> {
  if (params.ids.length === 0) return;
  await db
    .update(outbox)
    .set({ lockedUntil: params.until })
    // A job that finished or was put back for a retry meanwhile has no lease left to renew.
    .where(and(inArray(outbox.id, [...params.ids]), eq(outbox.status, 'pending'), isNotNull(outbox.lockedUntil)));
}

/** Done, unless a coalesced request came in while it ran: then it runs again. */
export async function completeJob(
  db: Executor,
  job: OutboxRow,
  now: Date,
  result?: Record<string, unknown>,
): Promise<void> {
  const finished = await db
    .update(outbox)
    .set({ status: 'done', doneAt: now, lockedUntil: null, result: result ?? null, lastError: null })
    .where(and(eq(outbox.id, job.id), eq(outbox.generation, job.generation)))
    .returning({ id: outbox.id });
  if (finished.length === 0) {
    await db.update(outbox).set({ lockedUntil: null, uncertain: false, attempts: 0 }).where(eq(outbox.id, job.id));
  }
}

export async function retryJob(
  db: Executor,
  job: OutboxRow,
  params: { runAt: Date; error: string; uncertain: boolean },
): Promise<void> {
  await db
    .update(outbox)
    .set({
      runAt: params.runAt,
      lockedUntil: null,
      lastError: params.error.slice(0, 2000),
      uncertain: params.uncertain,
    })
    .where(eq(outbox.id, job.id));
}

export async function buryJob(db: Executor, job: OutboxRow, now: Date, error: string): Promise<void> {
  await db
    .update(outbox)
    .set({ status: 'dead', doneAt: now, lockedUntil: null, lastError: error.slice(0, 2000) })
    .where(eq(outbox.id, job.id));
}

export interface OutboxStats {
  pending: number;
  dead: number;
  oldestPendingAgeMs: number;
}

export async function outboxStats(db: Executor, now: Date): Promise<OutboxStats> {
  const [row] = await db
    .select({
      pending: sql<number>`count(*) filter (where ${outbox.status} = 'pending')`.mapWith(Number),
      dead: sql<number>`count(*) filter (where ${outbox.status} = 'dead')`.mapWith(Number),
      oldest: sql<Date | null>`min(${outbox.createdAt}) filter (where ${outbox.status} = 'pending')`,
    })
    .from(outbox);
  const oldest = row?.oldest ? new Date(row.oldest) : null;
  return {
    pending: row?.pending ?? 0,
    dead: row?.dead ?? 0,
    oldestPendingAgeMs: oldest ? Math.max(0, now.getTime() - oldest.getTime()) : 0,
  };
}

/** Deletes finished jobs older than a time, a batch at a time; returns how many went. */
export async function pruneDoneJobs(db: Executor, params: { before: Date; limit: number }): Promise<number> {
  const old = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.status, 'done'), lt(outbox.doneAt, params.before)))
    .limit(params.limit);
  const deleted = await db.delete(outbox).where(inArray(outbox.id, old)).returning({ id: outbox.id });
  return deleted.length;
}

/**
 * When the next pending job (of some kinds) can be claimed: when it is due and, if an instance holds it,
 * when that lease ends. Looks only at pending rows (the partial index on pending run_at).
 */
export async function nextRunAt(db: Executor, params: { kinds?: KindFilter } = {}): Promise<Date | null> {
  const [row] = await db
    .select({
      at: sql<Date | string | null>`min(greatest(${outbox.runAt}, coalesce(${outbox.lockedUntil}, ${outbox.runAt})))`,
    })
    .from(outbox)
    .where(and(eq(outbox.status, 'pending'), ofKinds(params.kinds)));
  return row?.at ? new Date(row.at) : null;
}

/** Is work under this key waiting to run (not yet done, not given up on)? */
export async function jobPending(db: Executor, key: { onceKey: string } | { coalesceKey: string }): Promise<boolean> {
  const [row] = await db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        'onceKey' in key ? eq(outbox.onceKey, key.onceKey) : eq(outbox.coalesceKey, key.coalesceKey),
        eq(outbox.status, 'pending'),
      ),
    )
    .limit(1);
  return Boolean(row);
}
