import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { ticketActivity, type TicketActivity } from '../schema/index.js';

export async function recordActivity(
  db: Executor,
  params: { ticketId: number; at: Date; actorUserId?: string; action: string; detail?: string },
): Promise<void> {
  await db.insert(ticketActivity).values(params);
}

export async function activityOf(db: Executor, params: { ticketId: number }): Promise<TicketActivity[]> {
  return db
    .select()
    .from(ticketActivity)
    .where(eq(ticketActivity.ticketId, params.ticketId))
    .orderBy(asc(ticketActivity.at), asc(ticketActivity.id));
}
