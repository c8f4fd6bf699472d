import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { RESOLUTION_SIDES } from '../resolution.js';
import { CATEGORIES, PRIORITIES } from '../taxonomy.js';

/**
 * A question about the complaint data, as the one typed query that is run: a measure over the tickets opened in a
 * period, narrowed by filters, split by up to two groupings. Whoever writes it (the built-in reader or a model),
 * only this shape reaches the database, and every value in it is a parameter, never SQL.
 */
export const ASK_MEASURES = [
  'tickets',
  'first_reply_attainment',
  'median_first_reply',
  'escalations',
  'escalated_tickets',
  'average_rating',
  'time_to_resolve',
  'reopened',
  'longest_wait',
] as const;
export type AskMeasure = (typeof ASK_MEASURES)[number];

export const ASK_DIMENSIONS = [
  'category',
  'priority',
  'side',
  'root_cause',
  'known_problem',
  'customer',
  'tier',
  'region',
  'device',
  'os',
  'network',
  'language',
  'status',
  'owner',
  'ticket',
  'day',
  'week',
] as const;
export type AskDimension = (typeof ASK_DIMENSIONS)[number];

export const PERIOD_KINDS = [
  'today',
  'yesterday',
  'this_week',
  'last_week',
  'this_month',
  'last_month',
  'last_days',
  'since',
  'between',
  'all',
] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const ASK_STATUSES = ['open', 'waiting_on_us', 'waiting_on_customer', 'resolved'] as const;
export type AskStatus = (typeof ASK_STATUSES)[number];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A few words to match; longer is not a filter anyone types. */
const TERM = z.string().trim().min(1).max(60);
const TERMS = z.array(TERM).max(10);

// Strict objects: a key the schema does not know makes the whole query invalid, never silently dropped.
export const askQuerySchema = z.strictObject({
  measure: z.enum(ASK_MEASURES),
  /** For the time measures: the middle value (the default) or the mean. */
  statistic: z.enum(['median', 'mean']).nullable().optional(),
  period: z.strictObject({
    kind: z.enum(PERIOD_KINDS),
    /** For last_days: how many days back from now, today included. */
    days: z.number().int().min(1).max(366).nullable().optional(),
    /** For since and between: the first day, YYYY-MM-DD in the desk's time zone. */
    from: z.string().regex(DATE).nullable().optional(),
    /** For between: the last day, included. */
    to: z.string().regex(DATE).nullable().optional(),
  }),
  filters: z
    .strictObject({
      category: z.array(z.enum(CATEGORIES)).max(6).nullable().optional(),
      priority: z.array(z.enum(PRIORITIES)).max(5).nullable().optional(),
      side: z.array(z.enum(RESOLUTION_SIDES)).max(5).nullable().optional(),
      /** Words of the recorded root cause, all of which must appear. */
      rootCause: TERMS.nullable().optional(),
      /** A known problem by number, or words of its title. */
      knownProblem: TERM.nullable().optional(),
      /** Customers by channel name words or channel id. */
      customer: TERMS.nullable().optional(),
      tier: z.enum(['enterprise', 'standard']).nullable().optional(),
      region: TERMS.nullable().optional(),
      device: TERMS.nullable().optional(),
      os: TERMS.nullable().optional(),
      network: TERMS.nullable().optional(),
      language: z
        .array(z.enum(['zh', 'en']))
        .max(2)
        .nullable()
        .optional(),
      status: z.array(z.enum(ASK_STATUSES)).max(4).nullable().optional(),
      /** A Slack user id, or "none" for tickets nobody took. */
      owner: z
        .string()
        .regex(/^([UW][A-Z0-9]{2,20}|none)$/)
        .nullable()
        .optional(),
      /** Only tickets still waiting for their first reply: none sent and not resolved. */
      awaitingFirstReply: z.boolean().nullable().optional(),
      /** Only tickets that were (true) or were not (false) escalated at least once. */
      escalated: z.boolean().nullable().optional(),
      /** Only tickets that were (true) or were not (false) reopened. */
      reopened: z.boolean().nullable().optional(),
    })
    .default({}),
  groupBy: z.array(z.enum(ASK_DIMENSIONS)).max(2).default([]),
  /** Largest value first (the default), smallest first, or by the group's name (time groups: in time order). */
  sort: z.enum(['desc', 'asc', 'key']).nullable().optional(),
  limit: z.number().int().min(1).max(50).nullable().optional(),
  /** Only the groups that rose against the period just before, as long as this one; the biggest rise first. */
  rising: z.boolean().nullable().optional(),
});

export type AskQuery = z.infer<typeof askQuerySchema>;
export type AskFilters = NonNullable<AskQuery['filters']>;

/** Rows shown in a table; the rest are counted. */
export const DEFAULT_LIMIT = 10;

export interface ResolvedPeriod {
  since: Date;
  until: Date;
  /** The period just before, as long: what "rose" compares with. */
  previousSince: Date;
}

const DAY = 86_400_000;

function dayStart(y: number, m: number, d: number, timeZone: string): Date {
  return new Date(new TZDate(y, m, d, 0, 0, 0, timeZone).getTime());
}

function fromDay(day: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return dayStart(y, m - 1, d, timeZone);
}

/** The period's bounds [since, until) for a question asked at `now`, weeks from Monday, in the desk's time zone. */
export function resolvePeriod(period: AskQuery['period'], now: Date, timeZone: string): ResolvedPeriod {
  const local = new TZDate(now.getTime(), timeZone);
  const y = local.getFullYear();
  const m = local.getMonth();
  const d = local.getDate();
  const today = dayStart(y, m, d, timeZone);
  const tomorrow = dayStart(y, m, d + 1, timeZone);
  const mondayOffset = (local.getDay() + 6) % 7;
  let since: Date;
  let until: Date;
  switch (period.kind) {
    case 'today':
      [since, until] = [today, now];
      break;
    case 'yesterday':
      [since, until] = [dayStart(y, m, d - 1, timeZone), today];
      break;
    case 'this_week':
      [since, until] = [dayStart(y, m, d - mondayOffset, timeZone), now];
      break;
    case 'last_week':
      [since, until] = [dayStart(y, m, d - mondayOffset - 7, timeZone), dayStart(y, m, d - mondayOffset, timeZone)];
      break;
    case 'this_month':
      [since, until] = [dayStart(y, m, 1, timeZone), now];
      break;
    case 'last_month':
      [since, until] = [dayStart(y, m - 1, 1, timeZone), dayStart(y, m, 1, timeZone)];
      break;
    case 'last_days':
      // As the review counts its days: that many whole days back from now.
      [since, until] = [new Date(now.getTime() - (period.days ?? 7) * DAY), now];
      break;
    case 'all':
      [since, until] = [new Date(0), now];
      break;
    case 'since':
      [since, until] = [period.from ? fromDay(period.from, timeZone) : today, now];
      break;
    case 'between': {
      since = period.from ? fromDay(period.from, timeZone) : today;
      until = new Date(Math.min(fromDayAfter(period.to, timeZone, tomorrow).getTime(), now.getTime()));
      break;
    }
  }
  if (until.getTime() < since.getTime()) until = since;
  // The period before is the same length for a whole week or month, and as long as what has passed otherwise.
  const previousSince =
    period.kind === 'this_week' || period.kind === 'last_week'
      ? new Date(since.getTime() - 7 * DAY)
      : period.kind === 'this_month' || period.kind === 'last_month'
        ? monthBefore(since, timeZone)
        : new Date(since.getTime() - (until.getTime() - since.getTime()));
  return { since, until, previousSince };
}

function fromDayAfter(day: string | null | undefined, timeZone: string, fallback: Date): Date {
  if (!day) return fallback;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return dayStart(y, m - 1, d + 1, timeZone);
}

function monthBefore(since: Date, timeZone: string): Date {
  const local = new TZDate(since.getTime(), timeZone);
  return dayStart(local.getFullYear(), local.getMonth() - 1, 1, timeZone);
}

/** The query with its defaults filled: what the reading line describes and the executor runs. */
export function normaliseQuery(query: AskQuery): AskQuery & { filters: AskFilters; groupBy: AskDimension[] } {
  return { ...query, filters: query.filters ?? {}, groupBy: query.groupBy ?? [] };
}
