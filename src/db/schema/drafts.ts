import { index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import type { ToneFinding } from '../../domain/tone.js';
import type { Language } from '../../domain/taxonomy.js';

export type DraftStatus = 'proposed' | 'approved' | 'sent' | 'discarded' | 'superseded';
export type DraftSource = 'model' | 'rules' | 'agent';
/**
 * What a draft is for: the reply to the customer's latest message, news about a known problem, or an interim update
 * while an outage (an incident) lasts.
 */
export type DraftPurpose = 'reply' | 'closing' | 'problem_update' | 'incident_update';

/** A reply proposed for a ticket's current response cycle; at most one is proposed at a time. */
export const drafts = pgTable(
  'drafts',
  {
    id: serial('id').primaryKey(),
    ticketId: integer('ticket_id').notNull(),
    cycle: integer('cycle').notNull(),
    source: text('source').$type<DraftSource>().notNull(),
    purpose: text('purpose').$type<DraftPurpose>().notNull().default('reply'),
    /** Why the model's draft was not used, when the built-in drafter stepped in. */
    fallbackReason: text('fallback_reason'),
    language: text('language').$type<Language>().notNull(),
    reply: text('reply').notNull(),
    followUps: jsonb('follow_ups').$type<string[]>().notNull().default([]),
    summary: text('summary').notNull(),
    findings: jsonb('findings').$type<ToneFinding[]>().notNull().default([]),
    status: text('status').$type<DraftStatus>().notNull().default('proposed'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** An agent's edit points at the draft it was edited from, so the review can tell "edited" from "replaced". */
    editedFromId: integer('edited_from_id'),
    actedBy: text('acted_by'),
    actedAt: timestamp('acted_at', { withTimezone: true }),
    /**
     * What goes to the customer, in their language, when the reply was written in the agents' language: the checked
     * translation. Null when the reply is sent as written.
     */
    outgoing: text('outgoing'),
    outgoingLanguage: text('outgoing_language').$type<Language>(),
    /** Why the reply was not translated and sent (the translation lost something, the model failed). */
    translationNote: text('translation_note'),
  },
  (t) => [index('drafts_ticket_idx').on(t.ticketId, t.id)],
);

export type Draft = typeof drafts.$inferSelect;
