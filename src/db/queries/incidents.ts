import { and, asc, desc, eq, gte, inArray, isNotNull, lt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { incidents, messages, slaClocks, tickets, type Incident, type IncidentPages } from '../schema/index.js';

/**
 * Grouping complaints into incidents runs one ticket at a time across all instances (a transaction-level advisory
 * lock), so two complaints of one outage taken in at once cannot open two incidents.
 */
export async function lockIncidentGrouping(db: Executor): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('complaint-desk:incidents'))`);
}

/** Open incidents that are past their window are closed: a complaint after the window starts a new one. */
export async function closeStaleIncidents(db: Executor, params: { before: Date }): Promise<void> {
  await db
    .update(incidents)
    .set({ status: 'closed' })
    .where(and(eq(incidents.status, 'open'), lt(incidents.lastAt, params.before)));
}

/** The open incidents, newest first (a handful at any time). */
export async function openIncidents(db: Executor): Promise<Incident[]> {
  return db.select().from(incidents).where(eq(incidents.status, 'open')).orderBy(desc(incidents.lastAt)).limit(50);
}

/** Tickets opened since a time that are not resolved, with what grouping reads of them; newest first, capped. */
export async function recentTicketsForGrouping(db: Executor, params: { since: Date; limit: number }) {
  return db
    .select({
      id: tickets.id,
      customerUserId: tickets.customerUserId,
      category: tickets.category,
      facts: tickets.facts,
      createdAt: tickets.createdAt,
    })
    .from(tickets)
    .where(and(gte(tickets.createdAt, params.since), ne(tickets.status, 'resolved')))
    .orderBy(desc(tickets.createdAt))
    .limit(params.limit);
}

/** The customers' words of some tickets, each ticket's messages in order, cut to `maxChars` per ticket. */
export async function customerWordsOf(
  db: Executor,
  params: { ticketIds: number[]; maxChars: number },
): Promise<Map<number, string>> {
  const words = new Map<number, string>();
  if (params.ticketIds.length === 0) return words;
  const rows = await db
    .select({ ticketId: messages.ticketId, text: sql<string>`left(${messages.text}, ${params.maxChars})` })
    .from(messages)
    .where(and(inArray(messages.ticketId, params.ticketIds), eq(messages.role, 'customer')))
    .orderBy(asc(messages.ticketId), asc(messages.createdAt));
  for (const row of rows) {
    const before = words.get(row.ticketId);
    words.set(row.ticketId, (before ? `${before}\n${row.text}` : row.text).slice(0, params.maxChars));
  }
  return words;
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

export async function lockIncident(db: Executor, params: { id: number }): Promise<Incident | undefined> {
  const [row] = await db.select().from(incidents).where(eq(incidents.id, params.id)).for('update');
  return row;
}

/** The incident a ticket belongs to (the newest, should it be in two), through the GIN index on ticket_ids. */
export async function incidentOfTicket(db: Executor, params: { ticketId: number }): Promise<Incident | undefined> {
  const [row] = await db
    .select()
    .from(incidents)
    .where(sql`${incidents.ticketIds} @> ${JSON.stringify([params.ticketId])}::jsonb`)
    .orderBy(desc(incidents.id))
    .limit(1);
  return row;
}

/** Remembers the one message a person got for the incident, keeping the others'. */
export async function recordIncidentPage(
  db: Executor,
  params: { id: number; userId: string; page: IncidentPages[string] },
): Promise<void> {
  await db
    .update(incidents)
    .set({ pages: sql`${incidents.pages} || ${JSON.stringify({ [params.userId]: params.page })}::jsonb` })
    .where(eq(incidents.id, params.id));
}

/** What the incident card shows of its tickets: facts, state and the first customer words. */
export async function ticketsOfIncident(db: Executor, params: { ticketIds: number[] }) {
  if (params.ticketIds.length === 0) return [];
  return db
    .select({
      id: tickets.id,
      channelId: tickets.channelId,
      customerUserId: tickets.customerUserId,
      status: tickets.status,
      facts: tickets.facts,
      summary: tickets.summary,
      triageTs: tickets.triageTs,
      createdAt: tickets.createdAt,
    })
    .from(tickets)
    .where(inArray(tickets.id, params.ticketIds));
}

/** How many customer channels an incident's tickets came from. */
export async function channelCountOf(db: Executor, params: { ticketIds: number[] }): Promise<number> {
  if (params.ticketIds.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${tickets.channelId})`.mapWith(Number) })
    .from(tickets)
    .where(inArray(tickets.id, params.ticketIds));
  return row?.n ?? 0;
}

/** The running clock of these tickets that is due first (or is furthest past due). */
export async function firstDueClockOf(
  db: Executor,
  params: { ticketIds: number[] },
): Promise<{ ticketId: number; dueAt: Date } | undefined> {
  if (params.ticketIds.length === 0) return undefined;
  const [row] = await db
    .select({ ticketId: slaClocks.ticketId, dueAt: slaClocks.dueAt })
    .from(slaClocks)
    .where(
      and(inArray(slaClocks.ticketId, params.ticketIds), eq(slaClocks.state, 'running'), isNotNull(slaClocks.dueAt)),
    )
    .orderBy(asc(slaClocks.dueAt))
    .limit(1);
  return row?.dueAt ? { ticketId: row.ticketId, dueAt: row.dueAt } : undefined;
}

/** The running clocks of some tickets: when each is due and since when it runs. */
export async function runningClocksOf(db: Executor, params: { ticketIds: number[] }) {
  if (params.ticketIds.length === 0) return [];
  return db
    .select({ ticketId: slaClocks.ticketId, dueAt: slaClocks.dueAt, startedAt: slaClocks.startedAt })
    .from(slaClocks)
    .where(and(inArray(slaClocks.ticketId, params.ticketIds), eq(slaClocks.state, 'running')));
}
