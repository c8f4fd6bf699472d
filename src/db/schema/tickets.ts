import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { Category, Language, Priority } from '../../domain/taxonomy.js';
import type { Facts } from '../../domain/facts.js';
import type { ResolutionSide } from '../../domain/resolution.js';
import type { ClassificationRecord, DecidedBy } from '../../domain/classification-opinions.js';

export type TicketStatus = 'waiting_on_us' | 'waiting_on_customer' | 'resolved';

export const tickets = pgTable(
  'tickets',
  {
    /** Shown to everyone as #N. */
    id: serial('id').primaryKey(),
    channelId: text('channel_id').notNull(),
    rootTs: text('root_ts').notNull(),
    customerUserId: text('customer_user_id').notNull(),
    customerTeamId: text('customer_team_id'),
    status: text('status').$type<TicketStatus>().notNull().default('waiting_on_us'),
    category: text('category').$type<Category>().notNull(),
    priority: text('priority').$type<Priority>().notNull(),
    classifiedBy: text('classified_by').$type<DecidedBy>().notNull().default('rules'),
    /** The rules' and the model's classification, while a model is configured; null before the model answered. */
    classification: jsonb('classification').$type<ClassificationRecord>(),
    language: text('language').$type<Language>().notNull(),
    enterprise: boolean('enterprise').notNull().default(false),
    summary: text('summary'),
    /** Measured call quality in plain English, from the quality source. */
    qualitySummary: text('quality_summary'),
    facts: jsonb('facts').$type<Facts>().notNull().default({}),
    openedVia: text('opened_via').$type<'message' | 'shortcut' | 'reaction'>().notNull().default('message'),
    openedBy: text('opened_by'),
    /** Response cycle: 0 until the first reply, then one more for each customer message that waits on us. */
    cycle: integer('cycle').notNull().default(0),
    /** The card in the triage channel, once posted. */
    triageTs: text('triage_ts'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastCustomerMessageAt: timestamp('last_customer_message_at', { withTimezone: true }).notNull(),
    firstRespondedAt: timestamp('first_responded_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: text('resolved_by'),
    /** Where the problem was, recorded when resolving; null for tickets resolved before it was asked. */
    side: text('side').$type<ResolutionSide>(),
    /** The root cause in one line, when the agent knew it. */
    rootCause: text('root_cause'),
    /** What fixed it, or what we advised the customer. */
    fix: text('fix'),
    /** The agent who owns the ticket, if someone took it. */
    assigneeId: text('assignee_id'),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    /**
     * What similar-ticket search matches on (src/domain/similarity.ts): fact terms and the customer's words, computed
     * in the app so English and Chinese are handled alike on PGlite and PostgreSQL.
     */
    searchTerms: text('search_terms').array().notNull().default(sql`'{}'::text[]`),
    /** The closing message (in the customer's thread) of the latest resolution: its rating buttons count only there. */
    closingTs: text('closing_ts'),
    /** The ticket's rating, derived from ticket_ratings: the requester's if they rated, else the most recent. */
    rating: integer('rating'),
    ratedBy: text('rated_by'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    /**
     * Words of churn or urgency the customer used ("switch providers", "生产环境挂了"; src/domain/signals.ts). Any raise
     * the priority one step, mark the card and tell the support lead once.
     */
    churnSignals: text('churn_signals').array().notNull().default(sql`'{}'::text[]`),
    /** The known problem this ticket is one case of, when an agent linked it. */
    knownProblemId: integer('known_problem_id'),
    /**
     * The facts as plain columns, kept by the database: a question grouped by region or device over every ticket reads
     * columns instead of parsing each row's JSON, which was most of its time (docs/ask.md, the benchmark's plan). Each
     * fact is kept as written (trimmed, for labels) and as the key it is grouped by (lower case; devices, systems and
     * networks without spaces, so "Mate40" is "Mate 40").
     */
    factRegion: text('fact_region').generatedAlwaysAs(sql`nullif(btrim(facts->>'region'), '')`),
    factRegionKey: text('fact_region_key').generatedAlwaysAs(sql`lower(nullif(btrim(facts->>'region'), ''))`),
    factDevice: text('fact_device').generatedAlwaysAs(sql`nullif(btrim(facts->>'device'), '')`),
    factDeviceKey: text('fact_device_key').generatedAlwaysAs(
      sql`replace(lower(nullif(btrim(facts->>'device'), '')), ' ', '')`,
    ),
    factOs: text('fact_os').generatedAlwaysAs(sql`nullif(btrim(facts->>'os'), '')`),
    factOsKey: text('fact_os_key').generatedAlwaysAs(sql`replace(lower(nullif(btrim(facts->>'os'), '')), ' ', '')`),
    factNetwork: text('fact_network').generatedAlwaysAs(sql`nullif(btrim(facts->>'network'), '')`),
    factNetworkKey: text('fact_network_key').generatedAlwaysAs(
      sql`replace(lower(nullif(btrim(facts->>'network'), '')), ' ', '')`,
    ),
  },
  (t) => [
    // One ticket per customer root message: redelivered events and double shortcuts land on the same row.
    uniqueIndex('tickets_channel_root_uq').on(t.channelId, t.rootTs),
    // Burst joining looks up the author's latest open ticket in a channel.
    index('tickets_channel_customer_idx').on(t.channelId, t.customerUserId, t.createdAt),
    // App Home and reports list open tickets; resolved ones are the bulk of the table.
    index('tickets_open_idx').on(t.status).where(sql`${t.status} <> 'resolved'`),
    index('tickets_created_idx').on(t.createdAt),
    // Similar-ticket search looks only at resolved tickets with a recorded cause or fix: the GIN index finds those
    // sharing any term, and the second index gives the newest of a category first, so a common word's thousands of
    // matches are not all scored (src/db/queries/similar.ts).
    index('tickets_resolved_terms_idx')
      .using('gin', t.searchTerms)
      .where(sql`${t.status} = 'resolved' and (${t.rootCause} is not null or ${t.fix} is not null)`),
    index('tickets_resolved_recent_idx')
      .on(t.category, t.resolvedAt.desc())
      .where(sql`${t.status} = 'resolved' and (${t.rootCause} is not null or ${t.fix} is not null)`),
    // App Home lists an agent's own open tickets first.
    index('tickets_assignee_open_idx').on(t.assigneeId).where(sql`${t.status} <> 'resolved'`),
    // A known problem's tickets are read when it is resolved and shown; most tickets link to none.
    index('tickets_known_problem_idx').on(t.knownProblemId).where(sql`${t.knownProblemId} is not null`),
  ],
);

export type Ticket = typeof tickets.$inferSelect;
