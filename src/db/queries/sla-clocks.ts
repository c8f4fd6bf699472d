import { and, asc, eq, inArray, isNotNull, lte, notInArray } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { slaClocks, type SlaClock } from '../schema/index.js';

export type NewClock = typeof slaClocks.$inferInsert;

export async function insertClock(db: Executor, params: NewClock): Promise<SlaClock | undefined> {
  const [row] = await db.insert(slaClocks).values(params).onConflictDoNothing().returning();
  return row;
}

export async function clocksOfTicket(
  db: Executor,
  params: { ticketId: number; states?: SlaClock['state'][] },
): Promise<SlaClock[]> {
  return db
    .select()
    .from(slaClocks)
    .where(
      and(eq(slaClocks.ticketId, params.ticketId), params.states ? inArray(slaClocks.state, params.states) : undefined),
    )
    .orderBy(asc(slaClocks.id));
}

export async function updateClock(
  db: Executor,
  params: { clockId: number; changes: Partial<NewClock> },
): Promise<SlaClock | undefined> {
  const [row] = await db.update(slaClocks).set(params.changes).where(eq(slaClocks.id, params.clockId)).returning();
  return row;
}

export async function findClock(db: Executor, params: { clockId: number }): Promise<SlaClock | undefined> {
  const [row] = await db.select().from(slaClocks).where(eq(slaClocks.id, params.clockId));
  return row;
}

/**
 * Running clocks whose next step is due, through the partial index on next_fire_at; rows another
 * instance holds are skipped, so each step is taken by exactly one sweeper. `except`: clocks a pass has looked at
 * already (one held back stays due).
 */
export async function claimDueClocks(
  db: Executor,
  params: { now: Date; limit: number; except?: readonly number[] },
): Promise<SlaClock[]> {
  return db
    .select()
    .from(slaClocks)
    .where(
      and(
        eq(slaClocks.state, 'running'),
        isNotNull(slaClocks.nextFireAt),
        lte(slaClocks.nextFireAt, params.now),
        params.except?.length ? notInArray(slaClocks.id, [...params.except]) : undefined,
      ),
    )
    .orderBy(asc(slaClocks.nextFireAt))
    .limit(params.limit)
    .for('update', { skipLocked: true });
}
