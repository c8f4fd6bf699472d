import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Event ids already handled, so that Slack's redeliveries change nothing. */
export const slackEvents = pgTable(
  'slack_events',
  {
    eventId: text('event_id').primaryKey(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // Old ids are pruned by age; Slack stops redelivering after about an hour.
  (t) => [index('slack_events_received_idx').on(t.receivedAt)],
);
