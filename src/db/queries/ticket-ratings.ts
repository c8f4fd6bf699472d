import { eq } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { ticketRatings, type TicketRating } from '../schema/index.js';

/** One person's rating of a ticket; a second one by the same person replaces the first. */
export async function upsertRating(
  db: Executor,
  params: { ticketId: number; userId: string; rating: number; ratedAt: Date },
): Promise<void> {
  await db
    .insert(ticketRatings)
    .values(params)
    .onConflictDoUpdate({
      target: [ticketRatings.ticketId, ticketRatings.userId],
      set: { rating: params.rating, ratedAt: params.ratedAt },
    });
}

export async function ratingsOf(db: Executor, params: { ticketId: number }): Promise<TicketRating[]> {
  return db.select().from(ticketRatings).where(eq(ticketRatings.ticketId, params.ticketId));
}
