import { sql } from 'drizzle-orm';
import { index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export type KnownProblemStatus = 'open' | 'resolved';

/**
 * One cause behind many complaints ("Jakarta operator backbone upgrade"): tickets link to it, and when it is
 * fixed every linked customer still waiting gets a drafted update.
 */
export const knownProblems = pgTable(
  'known_problems',
  {
    id: serial('id').primaryKey(),
    title: text('title').notNull(),
    status: text('status').$type<KnownProblemStatus>().notNull().default('open'),
    cause: text('cause'),
    fix: text('fix'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: text('resolved_by'),
    /** The possible-incident alert it was made from, if any. */
    fromIncidentId: integer('from_incident_id'),
  },
  (t) => [
    // One known problem per incident, however many times its button is clicked.
    uniqueIndex('known_problems_incident_uq').on(t.fromIncidentId),
    // Every card lists the open ones; resolved ones pile up over the years.
    index('known_problems_open_idx').on(t.id).where(sql`${t.status} = 'open'`),
  ],
);

export type KnownProblem = typeof knownProblems.$inferSelect;
