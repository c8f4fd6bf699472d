import { eq, type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Db, rowsOf } from '../../src/db/client.js';
import { claimJobs, claimStatement, completeAndClaim, placePendingJobs } from '../../src/db/queries/outbox.js';
import { outbox } from '../../src/db/schema/index.js';
import { JOB_PLACEMENTS, placementOf } from '../../src/queue/jobs.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

const INTAKE = placementOf('intake.message');
const RECEIPT = placementOf('receipt.post');
const DRAFT = placementOf('draft.make');

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  Plans?: PlanNode[];
}

/** The most rows any step of the plan read from the outbox table. */
function mostOutboxRows(node: PlanNode): number {
  const own = node['Relation Name'] === 'outbox' ? node['Actual Rows'] * node['Actual Loops'] : 0;
  return Math.max(own, ...(node.Plans ?? []).map(mostOutboxRows));
}

/** Carries a plan out of a transaction that must not commit. */
class RolledBack extends Error {
  constructor(readonly plan: PlanNode) {
    super('rolled back');
  }
}

/** Runs the statement under EXPLAIN ANALYZE, then undoes what it did; returns its plan. */
async function planOf(db: Db, statement: SQL): Promise<PlanNode> {
  try {
    await db.transaction(async (tx) => {
      const [row] = rowsOf<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
        await tx.execute(sql`explain (analyze, format json) ${statement}`),
      );
      throw new RolledBack(row!['QUERY PLAN'][0]!.Plan);
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.plan;
    throw error;
  }
  throw new Error('unreachable');
}

describe('claiming outbox work', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  beforeEach(async () => {
    await t.database.db.delete(outbox);
  });
  afterAll(() => t.drop());

  const queue = (placement: { kind: string; lane: string; rank: number }, count: number, ageMs = 60_000) =>
    t.database.db.execute(sql`
      insert into ${outbox} (kind, lane, rank, payload, run_at)
      select ${placement.kind}, ${placement.lane}, ${placement.rank}, '{}'::jsonb,
             now() - make_interval(secs => ${ageMs / 1000}) + g * interval '1 millisecond'
      from generate_series(1, ${count}) g`);

  it('reads about as many rows as it takes, however long the backlog, in its own lane or another', async () => {
    // A flood taken in but not yet worked through: thousands of intakes ahead of a few drafts and receipts.
    await queue(INTAKE, 5000);
    await queue(DRAFT, 3);
    await queue(RECEIPT, 2, 1000);
    await t.database.db.execute(sql`analyze outbox`);
    for (const lane of ['default', 'model']) {
      const statement = claimStatement(t.database.db, { now: new Date(), limit: 4, leaseMs: 60_000, lane });
      const plan = await planOf(t.database.db, statement.getSQL());
      expect(mostOutboxRows(plan), `rows read by the ${lane} lane's claim`).toBeLessThan(20);
    }
  });

  it("takes the lane's lowest rank first, then the oldest, and only its own lane's jobs", async () => {
    await queue(INTAKE, 3);
    await queue(DRAFT, 2);
    await queue(RECEIPT, 1, 1000);
    const now = new Date();
    const model = await claimJobs(t.database.db, { now, limit: 10, leaseMs: 60_000, lane: 'model' });
    expect(model.map((j) => j.kind)).toEqual(['draft.make', 'draft.make']);
    const first = await claimJobs(t.database.db, { now, limit: 2, leaseMs: 60_000, lane: 'default' });
    expect(first.map((j) => j.kind)).toEqual(['receipt.post', 'intake.message']);
  });

  it('records a finished job and claims the next in the same statement, never the finished one again', async () => {
    await queue(INTAKE, 2);
    await queue(RECEIPT, 1, 1000);
    const now = new Date();
    const [running] = await claimJobs(t.database.db, { now, limit: 1, leaseMs: 60_000, lane: 'default' });
    expect(running!.kind).toBe('receipt.post');
    const next = await completeAndClaim(t.database.db, {
      job: running!,
      result: { posted: true },
      claim: { now, limit: 5, leaseMs: 60_000, lane: 'default', inHand: [running!.id] },
    });
    expect(next.map((j) => j.kind)).toEqual(['intake.message', 'intake.message']);
    expect(next.every((j) => j.attempts === 1 && j.lockedUntil !== null)).toBe(true);
    const [done] = await t.database.db.select().from(outbox).where(eq(outbox.id, running!.id));
    expect([done!.status, done!.result, done!.lockedUntil]).toEqual(['done', { posted: true }, null]);
  });

  it('puts a job back to run again when a coalesced request came in while it ran, and claims nothing', async () => {
    await queue(INTAKE, 1);
    const now = new Date();
    const [running] = await claimJobs(t.database.db, { now, limit: 1, leaseMs: 60_000, lane: 'default' });
    await t.database.db.update(outbox).set({ generation: sql`${outbox.generation} + 1` });
    const next = await completeAndClaim(t.database.db, {
      job: running!,
      claim: { now, limit: 5, leaseMs: 60_000, lane: 'default', inHand: [running!.id] },
    });
    expect(next).toEqual([]);
    const [again] = await t.database.db.select().from(outbox).where(eq(outbox.id, running!.id));
    expect([again!.status, again!.lockedUntil, again!.attempts]).toEqual(['pending', null, 0]);
    const later = await claimJobs(t.database.db, { now, limit: 5, leaseMs: 60_000, lane: 'default' });
    expect(later.map((j) => j.id)).toEqual([running!.id]);
  });

  it('moves pending jobs to the lane and rank their definition gives now, and leaves finished ones', async () => {
    await t.database.db.insert(outbox).values([
      // As queued before lanes were stored, or by a version whose definitions differed.
      { kind: DRAFT.kind, payload: {}, lane: 'default', rank: 2 },
      { kind: RECEIPT.kind, payload: {}, lane: 'default', rank: 2 },
      { kind: DRAFT.kind, payload: {}, lane: 'default', rank: 2, status: 'done' },
      { kind: INTAKE.kind, payload: {}, lane: INTAKE.lane, rank: INTAKE.rank },
    ]);
    expect(await placePendingJobs(t.database.db, JOB_PLACEMENTS)).toBe(2);
    const rows = await t.database.db.select().from(outbox).orderBy(outbox.id);
    expect(rows.map((r) => [r.kind, r.status, r.lane, r.rank])).toEqual([
      [DRAFT.kind, 'pending', 'model', DRAFT.rank],
      [RECEIPT.kind, 'pending', 'default', 0],
      [DRAFT.kind, 'done', 'default', 2],
      [INTAKE.kind, 'pending', 'default', 1],
    ]);
    expect(await placePendingJobs(t.database.db, JOB_PLACEMENTS)).toBe(0);
    expect(await t.database.db.$count(outbox, eq(outbox.lane, 'model'))).toBe(1);
  });
});
