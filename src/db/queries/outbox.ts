import { and, asc, eq, gt, inArray, isNotNull, isNull, lt, lte, notExists, notInArray, or, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../client.js';
import { outbox, type OutboxRow } from '../schema/index.js';

export interface NewJob {
  kind: string;
  payload: Record<string, unknown>;
  /** The lane that runs it and its rank there (0 first); the column defaults when left out. */
  lane?: string;
  rank?: number;
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
    lane: job.lane,
    rank: job.rank,
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
    lane: job.lane,
    rank: job.rank,
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

/**
 * Claims due work for a lease, lowest rank first, then in run order; rows held by another instance are
 * skipped, not waited for. With a lane, only that lane's rows, read through the claim index in exactly
 * this order, so a claim reads about as many rows as it takes whatever the backlog. `inHand` (jobs this
 * instance is running) are never taken again, even if their lease has run out.
 */
export async function claimJobs(db: Executor, params: ClaimParams): Promise<OutboxRow[]> {
  // UPDATE … RETURNING gives rows in no particular order; they are started in the order they were chosen.
  return inClaimOrder(await claimStatement(db, params));
}

export interface ClaimParams {
  now: Date;
  limit: number;
  leaseMs: number;
  lane?: string;
  inHand?: readonly number[];
}

/** The claim as one statement, not yet run (the tests read its plan). */
export function claimStatement(db: Executor, params: ClaimParams) {
  return leaseDue(db, dueJobs(db, params), params);
}

/** The ids a claim takes: due, not held by anyone, lowest rank first, rows another instance holds skipped. */
function dueJobs(db: Executor, params: ClaimParams) {
  return db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        eq(outbox.status, 'pending'),
        params.lane === undefined ? undefined : eq(outbox.lane, params.lane),
        claimableAt(params.now),
        params.inHand?.length ? notInArray(outbox.id, [...params.inHand]) : undefined,
      ),
    )
    .orderBy(asc(outbox.rank), asc(outbox.runAt))
    .limit(params.limit)
    .for('update', { skipLocked: true });
}

/**
 * Due and held by nobody, or by an instance whose lease has run out. Due within this millisecond counts: run_at
 * defaults to the server's now(), with microseconds, and `now` has only milliseconds, so a job queued a moment ago
 * could otherwise look a little early.
 */
function claimableAt(now: Date) {
  return and(
    lt(outbox.runAt, new Date(now.getTime() + 1)),
    or(isNull(outbox.lockedUntil), lte(outbox.lockedUntil, now)),
  );
}

/** What claiming a row sets: its lease, one more attempt, and doubt about a run whose lease ran out. */
function leased(params: { now: Date; leaseMs: number }) {
  return {
    lockedUntil: new Date(params.now.getTime() + params.leaseMs),
    attempts: sql`${outbox.attempts} + 1`,
    // A lease that ran out means an instance died mid-job: whatever it was posting may have landed.
    uncertain: sql`${outbox.uncertain} or ${outbox.lockedUntil} is not null`,
  };
}

/** A finished job, recorded (when no coalesced request bumped its generation meanwhile). */
function done(now: Date, result: Record<string, unknown> | undefined) {
  return { status: 'done' as const, doneAt: now, lockedUntil: null, result: result ?? null, lastError: null };
}

/** A finished job a coalesced request came in for while it ran: it runs again, afresh. */
const RUN_AGAIN = { lockedUntil: null, uncertain: false, attempts: 0 };

function leaseDue(db: Executor, due: ReturnType<typeof dueJobs>, params: ClaimParams) {
  return db.update(outbox).set(leased(params)).where(inArray(outbox.id, due)).returning();
}

/**
 * Records a finished job and claims the lane's next due jobs in one statement. On the embedded database every
 * statement runs on the app's own thread, and under a burst a slot that frees up always claims again: one
 * statement per job instead of two. The finished job is in `inHand`, so the claim never takes it back; a
 * coalesced request that came in while it ran puts it back to run again, as completeJob does.
 */
export async function completeAndClaim(
  db: Executor,
  params: { job: OutboxRow; result?: Record<string, unknown>; claim: ClaimParams },
): Promise<OutboxRow[]> {
  const { job, claim } = params;
  const finished = db.$with('finished').as(
    db
      .update(outbox)
      .set(done(claim.now, params.result))
      .where(and(eq(outbox.id, job.id), eq(outbox.generation, job.generation)))
      .returning({ id: outbox.id }),
  );
  const again = db.$with('again').as(
    db
      .update(outbox)
      .set(RUN_AGAIN)
      .where(and(eq(outbox.id, job.id), notExists(db.select().from(finished))))
      .returning({ id: outbox.id }),
  );
  const claimed = await db
    .with(finished, again)
    .update(outbox)
    .set(leased(claim))
    // The finished job is never claimed back, even by a caller that did not count it in hand.
    .where(inArray(outbox.id, dueJobs(db, { ...claim, inHand: [...(claim.inHand ?? []), job.id] })))
    .returning();
  return inClaimOrder(claimed);
}

function inClaimOrder(rows: OutboxRow[]): OutboxRow[] {
  return rows.sort((a, b) => a.rank - b.rank || a.runAt.getTime() - b.runAt.getTime() || a.id - b.id);
}

/** Where each kind of job runs now, from its definition. */
export interface JobPlacement {
  kind: string;
  lane: string;
  rank: number;
}

/**
 * Claims the job queued under this once-key, if it is due and nobody holds it: the work a finished job asks to
 * follow it at once (a new ticket's receipt after its intake). Null when another claim took it first, or it is done.
 */
export async function claimByOnceKey(
  db: Executor,
  params: { onceKey: string; now: Date; leaseMs: number },
): Promise<OutboxRow | null> {
  const [claimed] = await db
    .update(outbox)
    .set(leased(params))
    .where(and(eq(outbox.onceKey, params.onceKey), eq(outbox.status, 'pending'), claimableAt(params.now)))
    .returning();
  return claimed ?? null;
}

/**
 * Moves pending jobs to the lane and rank their kind's definition gives now: rows queued before a
 * definition changed (or before lanes were stored at all) would otherwise run by the old one. Returns how
 * many moved.
 */
export async function placePendingJobs(db: Executor, placements: readonly JobPlacement[]): Promise<number> {
  if (placements.length === 0) return 0;
  const moved = await db.execute(sql`
    update ${outbox} o set lane = p.lane, rank = p.rank
    from jsonb_to_recordset(${JSON.stringify(placements)}::jsonb) as p(kind text, lane text, rank smallint)
    where o.status = 'pending' and o.kind = p.kind and (o.lane, o.rank) is distinct from (p.lane, p.rank)
    returning o.id`);
  return rowsOf(moved).length;
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
    .set(done(now, result))
    .where(and(eq(outbox.id, job.id), eq(outbox.generation, job.generation)))
    .returning({ id: outbox.id });
  if (finished.length === 0) {
    await db.update(outbox).set(RUN_AGAIN).where(eq(outbox.id, job.id));
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
 * When the next pending job (of a lane) can be claimed: when it is due and, if an instance holds it, when
 * that lease ends. Looks only at pending rows (the partial claim index).
 */
export async function nextRunAt(db: Executor, params: { lane?: string } = {}): Promise<Date | null> {
  const [row] = await db
    .select({
      at: sql<Date | string | null>`min(greatest(${outbox.runAt}, coalesce(${outbox.lockedUntil}, ${outbox.runAt})))`,
    })
    .from(outbox)
    .where(and(eq(outbox.status, 'pending'), params.lane === undefined ? undefined : eq(outbox.lane, params.lane)));
  return row?.at ? new Date(row.at) : null;
}

/**
 * Pending jobs under these once-keys that no instance holds, waiting for a later retry, become due now: what they
 * were waiting for has happened. Returns how many.
 */
export async function bringForward(db: Executor, params: { onceKeys: readonly string[]; now: Date }): Promise<number> {
  if (params.onceKeys.length === 0) return 0;
  const moved = await db
    .update(outbox)
    .set({ runAt: params.now })
    .where(
      and(
        inArray(outbox.onceKey, [...params.onceKeys]),
        eq(outbox.status, 'pending'),
        isNull(outbox.lockedUntil),
        gt(outbox.runAt, params.now),
      ),
    )
    .returning({ id: outbox.id });
  return moved.length;
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
