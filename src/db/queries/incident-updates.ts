import { and, asc, count, eq, gte, inArray, ne } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { drafts, tickets, type Draft, type DraftPurpose, type Ticket } from '../schema/index.js';

/** The drafts written to every customer of an outage at once, approved together from the incident card. */
export const UPDATE_PURPOSES = ['problem_update', 'incident_update'] as const satisfies readonly DraftPurpose[];

/** Of the given tickets, those not resolved, locked: each is about to get a drafted update. */
export async function lockUnresolvedTickets(db: Executor, params: { ticketIds: number[] }): Promise<Ticket[]> {
  if (params.ticketIds.length === 0) return [];
  return db
    .select()
    .from(tickets)
    .where(and(inArray(tickets.id, params.ticketIds), ne(tickets.status, 'resolved')))
    .orderBy(tickets.id)
    .for('update');
}

/** Of the given tickets, those not resolved, counted. */
export async function countUnresolvedTickets(db: Executor, params: { ticketIds: number[] }): Promise<number> {
  if (params.ticketIds.length === 0) return 0;
  const [row] = await db
    .select({ n: count() })
    .from(tickets)
    .where(and(inArray(tickets.id, params.ticketIds), ne(tickets.status, 'resolved')));
  return row?.n ?? 0;
}

/** The tickets that got an interim update drafted at or after `since`, whatever became of it since. */
export async function ticketsWithInterimUpdateSince(
  db: Executor,
  params: { ticketIds: number[]; since: Date },
): Promise<Set<number>> {
  if (params.ticketIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ ticketId: drafts.ticketId })
    .from(drafts)
    .where(
      and(
        inArray(drafts.ticketId, params.ticketIds),
        eq(drafts.purpose, 'incident_update'),
        gte(drafts.createdAt, params.since),
      ),
    );
  return new Set(rows.map((r) => r.ticketId));
}

function waitingUpdateOf(ticketIds: number[]) {
  return and(
    inArray(drafts.ticketId, ticketIds),
    inArray(drafts.purpose, [...UPDATE_PURPOSES]),
    eq(drafts.status, 'proposed'),
  );
}

/** Updates drafted to these tickets' customers (interim or about a known problem) still waiting for an agent. */
export async function pendingUpdatesOfTickets(db: Executor, params: { ticketIds: number[] }): Promise<Draft[]> {
  if (params.ticketIds.length === 0) return [];
  return db.select().from(drafts).where(waitingUpdateOf(params.ticketIds)).orderBy(asc(drafts.ticketId));
}

export async function countPendingUpdatesOfTickets(db: Executor, params: { ticketIds: number[] }): Promise<number> {
  if (params.ticketIds.length === 0) return 0;
  const [row] = await db.select({ n: count() }).from(drafts).where(waitingUpdateOf(params.ticketIds));
  return row?.n ?? 0;
}
