import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { Category } from '../../domain/taxonomy.js';

/** Several customers with the same problem at once: one alert for what is probably one cause. */
export const incidents = pgTable(
  'incidents',
  {
    id: serial('id').primaryKey(),
    /** category|region ("*" when the region is unknown). */
    key: text('key').notNull(),
    category: text('category').$type<Category>().notNull(),
    region: text('region'),
    status: text('status').$type<'open' | 'closed'>().notNull().default('open'),
    ticketIds: jsonb('ticket_ids').$type<number[]>().notNull(),
    customerIds: jsonb('customer_ids').$type<string[]>().notNull(),
    firstAt: timestamp('first_at', { withTimezone: true }).notNull(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
    triageTs: text('triage_ts'),
  },
  (t) => [
    // At most one open incident per problem, however many intakes race to open it.
    uniqueIndex('incidents_open_key_uq').on(t.key).where(sql`${t.status} = 'open'`),
    index('incidents_last_at_idx').on(t.lastAt),
  ],
);

export type Incident = typeof incidents.$inferSelect;
