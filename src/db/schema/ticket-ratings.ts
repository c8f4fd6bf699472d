import { integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Each person's satisfaction rating of a ticket, one per person: a later click by the same person replaces theirs.
 * The ticket's own rating (tickets.rating, what App Home and the report show) is derived from these
 * (src/domain/rating.ts): the original requester's if they rated, otherwise the most recent.
 */
export const ticketRatings = pgTable(
  'ticket_ratings',
  {
    id: serial('id').primaryKey(),
    ticketId: integer('ticket_id').notNull(),
    userId: text('user_id').notNull(),
    rating: integer('rating').notNull(),
    ratedAt: timestamp('rated_at', { withTimezone: true }).notNull(),
  },
  // One rating per ticket and person (the upsert's conflict target); it also serves reading a ticket's ratings.
  (t) => [uniqueIndex('ticket_ratings_ticket_user_uq').on(t.ticketId, t.userId)],
);

export type TicketRating = typeof ticketRatings.$inferSelect;
