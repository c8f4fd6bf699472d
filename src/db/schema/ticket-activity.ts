import { index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/** Who did what to a ticket and when: shown on the card, counted in reports. */
export const ticketActivity = pgTable(
  'ticket_activity',
  {
    id: serial('id').primaryKey(),
    ticketId: integer('ticket_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: text('actor_user_id'),
    action: text('action').notNull(),
    detail: text('detail'),
  },
  // The card reads a ticket's activity in order; reports count actions over a time range.
  (t) => [index('ticket_activity_ticket_idx').on(t.ticketId, t.at), index('ticket_activity_at_idx').on(t.at, t.action)],
);

export type TicketActivity = typeof ticketActivity.$inferSelect;
