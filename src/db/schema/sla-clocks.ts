import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export type ClockKind = 'first_response' | 'next_response' | 'resolution';
export type ClockState = 'running' | 'paused' | 'met' | 'cancelled';

/**
 * One SLA clock per ticket, kind and cycle. Business time already spent is kept in elapsed_ms so a
 * pause or a change of target never restarts the clock.
 */
export const slaClocks = pgTable(
  'sla_clocks',
  {
    id: serial('id').primaryKey(),
    ticketId: integer('ticket_id').notNull(),
    kind: text('kind').$type<ClockKind>().notNull(),
    cycle: integer('cycle').notNull(),
    state: text('state').$type<ClockState>().notNull().default('running'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    targetMs: bigint('target_ms', { mode: 'number' }).notNull(),
    elapsedMs: bigint('elapsed_ms', { mode: 'number' }).notNull().default(0),
    /** Start of the current running stretch; null while paused or stopped. */
    runningSince: timestamp('running_since', { withTimezone: true }),
    dueAt: timestamp('due_at', { withTimezone: true }),
    /** 0 nothing yet, 1 warned, 2 engineer pinged, 3 lead pinged. */
    stage: integer('stage').notNull().default(0),
    /** When the sweep must look at this clock again. */
    nextFireAt: timestamp('next_fire_at', { withTimezone: true }),
    acknowledgedBy: text('acknowledged_by'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    stoppedAt: timestamp('stopped_at', { withTimezone: true }),
    breachedAt: timestamp('breached_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('sla_clocks_ticket_kind_cycle_uq').on(t.ticketId, t.kind, t.cycle),
    // The sweep reads only running clocks whose next step is due: cost follows due work, not table size.
    index('sla_clocks_due_idx').on(t.nextFireAt).where(sql`${t.state} = 'running' and ${t.nextFireAt} is not null`),
  ],
);

export type SlaClock = typeof slaClocks.$inferSelect;
