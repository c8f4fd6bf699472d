import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { ComplaintSignature } from '../../domain/incident-grouping.js';
import type { Category } from '../../domain/taxonomy.js';

/** The one direct message each person paged for an incident got, kept current with chat.update. */
export type IncidentPages = Record<string, { channel: string; ts: string; role?: 'engineer' | 'lead' }>;

/** Several customers with the same problem at once: one card, one page per person, for what is probably one cause. */
export const incidents = pgTable(
  'incidents',
  {
    id: serial('id').primaryKey(),
    /** "group:<first ticket>" (before: category|region); unique among open incidents. */
    key: text('key').notNull(),
    /** The first classified category of its complaints ("other" while none is classified). */
    category: text('category').$type<Category>().notNull(),
    /** Where, as agents read it ("Jakarta, Indonesia"). */
    region: text('region'),
    status: text('status').$type<'open' | 'closed'>().notNull().default('open'),
    ticketIds: jsonb('ticket_ids').$type<number[]>().notNull(),
    customerIds: jsonb('customer_ids').$type<string[]>().notNull(),
    firstAt: timestamp('first_at', { withTimezone: true }).notNull(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
    triageTs: text('triage_ts'),
    /** What its complaints have in common and where (src/domain/incident-grouping.ts); null on older rows. */
    profile: jsonb('profile').$type<ComplaintSignature>(),
    /** Who was paged for it, and where their one message is. */
    pages: jsonb('pages').$type<IncidentPages>().notNull().default({}),
  },
  (t) => [
    // At most one open incident per key, however many intakes race to open it.
    uniqueIndex('incidents_open_key_uq').on(t.key).where(sql`${t.status} = 'open'`),
    index('incidents_last_at_idx').on(t.lastAt),
    // The sweep asks which incident a due ticket belongs to (ticket_ids @> '[id]').
    index('incidents_ticket_ids_idx').using('gin', sql`${t.ticketIds} jsonb_path_ops`),
  ],
);

export type Incident = typeof incidents.$inferSelect;
