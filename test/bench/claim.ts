/**
 * The outbox claim behind a backlog: the rows a flood leaves (pending intakes by the thousand) ahead of a
 * few drafts and receipts, then each lane's claim, timed. What it claims is put back untimed, so every
 * claim meets the same backlog. Then what a slot that frees up costs: recording the finished job and claiming
 * the next, as two statements and as the worker's one.
 */
import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { claimJobs, completeAndClaim, completeJob } from '../../src/db/queries/outbox.js';
import { outbox } from '../../src/db/schema/index.js';
import { percentile } from '../../src/domain/report.js';
import { placementOf } from '../../src/queue/jobs.js';

export interface ClaimBench {
  backlog: number;
  byLane: Record<string, { p50: number; p99: number; took: number }>;
  /** Milliseconds to record a finished job and claim the next: two statements, and one. */
  slotFreed: Record<'twoStatements' | 'oneStatement', { p50: number; p99: number }>;
}

async function queue(db: Database['db'], kind: string, count: number, ageSeconds: number): Promise<void> {
  const placement = placementOf(kind);
  await db.execute(sql`
    insert into ${outbox} (kind, lane, rank, payload, run_at)
    select ${kind}, ${placement.lane}, ${placement.rank}, '{}'::jsonb,
           now() - make_interval(secs => ${ageSeconds}) + g * interval '1 millisecond'
    from generate_series(1, ${count}) g`);
}

export async function benchClaim(database: Database, backlog: number, claims: number): Promise<ClaimBench> {
  const { db } = database;
  await queue(db, 'intake.message', backlog, 3600);
  await queue(db, 'draft.make', 50, 3600);
  await queue(db, 'receipt.post', 10, 1);
  await db.execute(sql`analyze outbox`);
  const byLane: ClaimBench['byLane'] = {};
  for (const lane of ['default', 'model']) {
    const times: number[] = [];
    let took = 0;
    for (let i = 0; i < claims; i++) {
      const started = performance.now();
      const jobs = await claimJobs(db, { now: new Date(), limit: 8, leaseMs: 60_000, lane });
      times.push(performance.now() - started);
      took += jobs.length;
      const ids = jobs.map((j) => j.id);
      await db.update(outbox).set({ lockedUntil: null }).where(inArray(outbox.id, ids));
    }
    byLane[lane] = { p50: percentile(times, 0.5)!, p99: percentile(times, 0.99)!, took: took / claims };
  }
  const slotFreed = {
    twoStatements: await timeSlotFreed(db, claims, async (job, claim) => {
      await completeJob(db, job, claim.now);
      return claimJobs(db, claim);
    }),
    oneStatement: await timeSlotFreed(db, claims, (job, claim) => completeAndClaim(db, { job, claim })),
  };
  await db.delete(outbox);
  return { backlog, byLane, slotFreed };
}

type ClaimParams = Parameters<typeof claimJobs>[1];

/** A job is claimed and finishes (untimed); recording it and claiming the next is timed; the next is put back. */
async function timeSlotFreed(
  db: Database['db'],
  rounds: number,
  finishAndClaim: (job: Awaited<ReturnType<typeof claimJobs>>[number], claim: ClaimParams) => Promise<unknown[]>,
): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const [job] = await claimJobs(db, { now: new Date(), limit: 1, leaseMs: 60_000, lane: 'default' });
    const claim = { now: new Date(), limit: 1, leaseMs: 60_000, lane: 'default', inHand: [job!.id] };
    const started = performance.now();
    const next = (await finishAndClaim(job!, claim)) as Array<{ id: number }>;
    times.push(performance.now() - started);
    await db
      .update(outbox)
      .set({ lockedUntil: null })
      .where(
        inArray(
          outbox.id,
          next.map((j) => j.id),
        ),
      );
  }
  return { p50: percentile(times, 0.5)!, p99: percentile(times, 0.99)! };
}

export function printClaim(result: ClaimBench): void {
  console.log(
    `\n6. Outbox claim behind a backlog of ${result.backlog.toLocaleString('en')} pending intakes ` +
      '(plus 50 drafts and 10 receipts), eight jobs a claim',
  );
  for (const [lane, r] of Object.entries(result.byLane))
    console.log(`   ${lane} lane: p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms (${r.took} jobs a claim)`);
  const { twoStatements: two, oneStatement: one } = result.slotFreed;
  console.log(
    `   a slot freeing up (record the finished job, claim the next): two statements p50 ${two.p50.toFixed(2)} ms, ` +
      `p99 ${two.p99.toFixed(2)} ms; one statement p50 ${one.p50.toFixed(2)} ms, p99 ${one.p99.toFixed(2)} ms`,
  );
}
