import { and, desc, eq, ne } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { messages, slaClocks, tickets, type Ticket } from '../schema/index.js';

export type NewTicket = typeof tickets.$inferInsert;

/** Inserts a ticket unless its root message already has one; returns undefined in that case. */
export async function insertTicket(db: Executor, params: NewTicket): Promise<Ticket | undefined> {
  const [row] = await db.insert(tickets).values(params).onConflictDoNothing().returning();
  return row;
}

export async function findTicket(db: Executor, params: { ticketId: number }): Promise<Ticket | undefined> {
  const [row] = await db.select().from(tickets).where(eq(tickets.id, params.ticketId));
  return row;
}

/** What a receipt says: the ticket, when its first response is due, and the words it was opened with. */
export interface ReceiptSubject {
  ticket: Ticket;
  firstResponseDueAt: Date | null;
  rootText: string | null;
}

/** The ticket with its first-response clock and root message, in one statement: receipts come first in a burst. */
export async function receiptSubjectOf(
  db: Executor,
  params: { ticketId: number },
): Promise<ReceiptSubject | undefined> {
  const [row] = await db
    .select({ ticket: tickets, firstResponseDueAt: slaClocks.dueAt, rootText: messages.text })
    .from(tickets)
    .leftJoin(
      slaClocks,
      and(eq(slaClocks.ticketId, tickets.id), eq(slaClocks.kind, 'first_response'), eq(slaClocks.cycle, 0)),
    )
    .leftJoin(messages, and(eq(messages.channelId, tickets.channelId), eq(messages.ts, tickets.rootTs)))
    .where(eq(tickets.id, params.ticketId));
  return row;
}

/** Locks the ticket row for the rest of the transaction, so concurrent clicks act one after another. */
export async function lockTicket(db: Executor, params: { ticketId: number }): Promise<Ticket | undefined> {
  const [row] = await db.select().from(tickets).where(eq(tickets.id, params.ticketId)).for('update');
  return row;
}

export async function findTicketByRoot(
  db: Executor,
  params: { channelId: string; rootTs: string },
): Promise<Ticket | undefined> {
  const [row] = await db
    .select()
    .from(tickets)
    .where(and(eq(tickets.channelId, params.channelId), eq(tickets.rootTs, params.rootTs)));
  return row;
}

/** The author's latest unresolved ticket in a channel, for joining a burst of messages into one. */
export async function latestOpenTicketOf(
  db: Executor,
  params: { channelId: string; customerUserId: string },
): Promise<Ticket | undefined> {
  const [row] = await db
    .select()
    .from(tickets)
    .where(
      and(
        eq(tickets.channelId, params.channelId),
        eq(tickets.customerUserId, params.customerUserId),
        ne(tickets.status, 'resolved'),
      ),
    )
    .orderBy(desc(tickets.createdAt))
    .limit(1);
  return row;
}

export async function updateTicket(
  db: Executor,
  params: { ticketId: number; changes: Partial<NewTicket> },
): Promise<Ticket | undefined> {
  const [row] = await db.update(tickets).set(params.changes).where(eq(tickets.id, params.ticketId)).returning();
  return row;
}
