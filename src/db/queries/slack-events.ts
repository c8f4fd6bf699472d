import { lt } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { slackEvents } from '../schema/index.js';

/** True the first time an event id is seen; false for Slack's redeliveries. */
export async function recordEventOnce(db: Executor, params: { eventId: string }): Promise<boolean> {
  const inserted = await db
    .insert(slackEvents)
    .values({ eventId: params.eventId })
    .onConflictDoNothing()
    .returning({ id: slackEvents.eventId });
  return inserted.length > 0;
}

export async function pruneEvents(db: Executor, params: { olderThan: Date }): Promise<void> {
  await db.delete(slackEvents).where(lt(slackEvents.receivedAt, params.olderThan));
}
