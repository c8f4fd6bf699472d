import { index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { Language } from '../../domain/taxonomy.js';

export type AuthorRole = 'customer' | 'agent' | 'app';

/** Every message that belongs to a ticket's conversation, as the customer and agents see it. */
export const messages = pgTable(
  'messages',
  {
    id: serial('id').primaryKey(),
    ticketId: integer('ticket_id').notNull(),
    channelId: text('channel_id').notNull(),
    ts: text('ts').notNull(),
    userId: text('user_id'),
    teamId: text('team_id'),
    role: text('role').$type<AuthorRole>().notNull(),
    text: text('text').notNull(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** A customer's message in the agents' language, as the model translated it; cleared when the text changes. */
    translation: text('translation'),
    translationLanguage: text('translation_language').$type<Language>(),
    /** Why there is no translation (no model, the model failed, it lost something), or that it covers only the head. */
    translationNote: text('translation_note'),
  },
  (t) => [
    // A Slack message is identified by channel + ts; redelivery must not store it twice.
    uniqueIndex('messages_channel_ts_uq').on(t.channelId, t.ts),
    // Drafts read a ticket's conversation in order.
    index('messages_ticket_idx').on(t.ticketId, t.createdAt),
  ],
);

export type Message = typeof messages.$inferSelect;
