import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export type OutboxStatus = 'pending' | 'done' | 'dead';

/**
 * Work to do after a request is acknowledged: Slack posts, drafts, pings. Claimed with
 * FOR UPDATE SKIP LOCKED by any instance; a lease (locked_until) returns work from a dead instance.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** Work that must happen at most once ever, e.g. "receipt:12". */
    onceKey: text('once_key'),
    /** Work where one pending run covers every request for it, e.g. refreshing card 12. */
    coalesceKey: text('coalesce_key'),
    /** Bumped when a coalesced request arrives while a run is under way, so the run repeats. */
    generation: integer('generation').notNull().default(0),
    status: text('status').$type<OutboxStatus>().notNull().default('pending'),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    /** A previous attempt may have reached Slack (timeout, 5xx, crash): check before posting again. */
    uncertain: boolean('uncertain').notNull().default(false),
    lastError: text('last_error'),
    result: jsonb('result').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('outbox_once_uq').on(t.onceKey),
    uniqueIndex('outbox_coalesce_pending_uq').on(t.coalesceKey).where(sql`${t.status} = 'pending'`),
    // The claim scans only pending rows in run order; done rows are the bulk and never looked at.
    index('outbox_pending_run_at_idx').on(t.runAt).where(sql`${t.status} = 'pending'`),
  ],
);

export type OutboxRow = typeof outbox.$inferSelect;
