import { and, asc, desc, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { slaClocks, tickets, type Ticket } from '../schema/index.js';

export interface OpenTicketRow {
  ticket: Ticket;
  dueAt: Date | null;
}

/** Tickets waiting on us, soonest due first (no due time last). */
export async function ticketsWaitingOnUs(db: Executor, params: { limit: number }): Promise<OpenTicketRow[]> {
  const rows = await db
    .select({ ticket: tickets, dueAt: slaClocks.dueAt })
    .from(tickets)
    .leftJoin(
      slaClocks,
      and(
        eq(slaClocks.ticketId, tickets.id),
        eq(slaClocks.state, 'running'),
        inArray(slaClocks.kind, ['first_response', 'next_response']),
      ),
    )
    .where(eq(tickets.status, 'waiting_on_us'))
    .orderBy(sql`${slaClocks.dueAt} asc nulls last`, asc(tickets.id))
    .limit(params.limit);
  return rows;
}

export async function ticketsWithStatus(
  db: Executor,
  params: { status: Ticket['status']; limit: number; since?: Date },
): Promise<Ticket[]> {
  const order = params.status === 'resolved' ? desc(tickets.resolvedAt) : asc(tickets.lastCustomerMessageAt);
  return db
    .select()
    .from(tickets)
    .where(and(eq(tickets.status, params.status), params.since ? gte(tickets.resolvedAt, params.since) : undefined))
    .orderBy(order)
    .limit(params.limit);
}

export async function countByStatus(db: Executor): Promise<Record<Ticket['status'], number>> {
  const rows = await db
    .select({ status: tickets.status, n: sql<number>`count(*)`.mapWith(Number) })
    .from(tickets)
    .groupBy(tickets.status);
  const counts = { waiting_on_us: 0, waiting_on_customer: 0, resolved: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

/**
 * One agent's open tickets, those waiting on us first, longest waiting first; with how many there are in all.
 * tickets_assignee_open_idx covers the filter.
 */
export async function ticketsOwnedBy(
  db: Executor,
  params: { assigneeId: string; limit: number },
): Promise<{ tickets: Ticket[]; total: number }> {
  const owned = and(eq(tickets.assigneeId, params.assigneeId), ne(tickets.status, 'resolved'));
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(tickets)
      .where(owned)
      .orderBy(sql`(${tickets.status} = 'waiting_on_us') desc`, asc(tickets.lastCustomerMessageAt), asc(tickets.id))
      .limit(params.limit),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(tickets)
      .where(owned),
  ]);
  return { tickets: rows, total: count?.n ?? 0 };
}
