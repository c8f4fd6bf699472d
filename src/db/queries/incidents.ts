import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { incidents, tickets, type Incident } from '../schema/index.js';
import type { Category } from '../../domain/taxonomy.js';

function similarTickets(params: { category: Category; since: Date; region?: string }) {
  const region = sql`${tickets.facts}->>'region'`;
  return and(
    eq(tickets.category, params.category),
    gte(tickets.createdAt, params.since),
    params.region ? sql`(${region} = ${params.region} or ${region} is null)` : undefined,
  );
}

/** How many different customers reported this kind of problem since a time (in one region, or none known). */
export async function countCustomersLike(
  db: Executor,
  params: { category: Category; since: Date; region?: string },
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${tickets.customerUserId})`.mapWith(Number) })
    .from(tickets)
    .where(similarTickets(params));
  return row?.n ?? 0;
}

/** The tickets and customers behind a new incident, capped: an alert lists a few, not thousands. */
export async function ticketsLike(
  db: Executor,
  params: { category: Category; since: Date; region?: string; limit: number },
) {
  return db
    .select({ id: tickets.id, customerUserId: tickets.customerUserId })
    .from(tickets)
    .where(similarTickets(params))
    .orderBy(tickets.id)
    .limit(params.limit);
}

export async function closeStaleIncident(db: Executor, params: { key: string; before: Date }): Promise<void> {
  await db
    .update(incidents)
    .set({ status: 'closed' })
    .where(and(eq(incidents.key, params.key), eq(incidents.status, 'open'), lt(incidents.lastAt, params.before)));
}

export async function lockOpenIncident(db: Executor, params: { key: string }): Promise<Incident | undefined> {
  const [row] = await db
    .select()
    .from(incidents)
    .where(and(eq(incidents.key, params.key), eq(incidents.status, 'open')))
    .for('update');
  return row;
}

export async function insertIncident(
  db: Executor,
  params: typeof incidents.$inferInsert,
): Promise<Incident | undefined> {
  const [row] = await db.insert(incidents).values(params).onConflictDoNothing().returning();
  return row;
}

export async function updateIncident(
  db: Executor,
  params: { id: number; changes: Partial<typeof incidents.$inferInsert> },
): Promise<void> {
  await db.update(incidents).set(params.changes).where(eq(incidents.id, params.id));
}

export async function findIncident(db: Executor, params: { id: number }): Promise<Incident | undefined> {
  const [row] = await db.select().from(incidents).where(eq(incidents.id, params.id));
  return row;
}

/** The latest open incident of a category, whatever its region: where a report with no region belongs. */
export async function lockOpenIncidentOfCategory(
  db: Executor,
  params: { category: Category; since: Date },
): Promise<Incident | undefined> {
  const [row] = await db
    .select()
    .from(incidents)
    .where(
      and(eq(incidents.category, params.category), eq(incidents.status, 'open'), gte(incidents.lastAt, params.since)),
    )
    .orderBy(desc(incidents.lastAt))
    .limit(1)
    .for('update');
  return row;
}
