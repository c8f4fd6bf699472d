import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

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
    /**
     * The worker lane that runs it and its place in that lane's queue (0 first), from the job's definition
     * when it was queued (src/queue/jobs.ts); at start the app brings pending rows in line with the
     * definitions (placePendingJobs).
     */
    lane: text('lane').notNull().default('default'),
    rank: smallint('rank').notNull().default(2),
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
    // A lane's claim reads its pending rows in the order it takes them (rank, then run order) and stops at
    // the first it can take, so its cost does not grow with a backlog, in its own lane or another's. Done
    // rows are the bulk and never looked at.
    index('outbox_claim_idx').on(t.lane, t.rank, t.runAt).where(sql`${t.status} = 'pending'`),
  ],
);

export type OutboxRow = typeof outbox.$inferSelect;
