import { boolean, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { Language } from '../../domain/taxonomy.js';

/** A Slack channel shared with a customer, linked by an agent with `/complaints link`. */
export const customerChannels = pgTable('customer_channels', {
  channelId: text('channel_id').primaryKey(),
  name: text('name'),
  engineerUserId: text('engineer_user_id'),
  enterprise: boolean('enterprise').notNull().default(false),
  /** Customer-facing language override; null means detect from each message. */
  language: text('language').$type<Language>(),
  /** "24/7" or "mon-fri 09:00-18:00"; null means the app default (enterprise: 24/7). */
  businessHours: text('business_hours'),
  timeZone: text('time_zone'),
  holidays: jsonb('holidays').$type<string[]>().notNull().default([]),
  /** Per-priority first-response targets in ms that override the defaults for this customer. */
  firstResponseOverrides: jsonb('first_response_overrides').$type<Record<string, number>>().notNull().default({}),
  linkedBy: text('linked_by').notNull(),
  linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type CustomerChannel = typeof customerChannels.$inferSelect;
