import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { Language } from '../../domain/taxonomy.js';

/** Settings of a triage channel, changed by its agents; a missing row means the defaults from the environment. */
export const triageSettings = pgTable('triage_settings', {
  channelId: text('channel_id').primaryKey(),
  /** The language agents read and write in: cards show customer messages translated into it (AGENT_LANGUAGE). */
  agentLanguage: text('agent_language').$type<Language>(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export type TriageSettings = typeof triageSettings.$inferSelect;
