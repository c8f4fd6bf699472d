import type { Language } from '../taxonomy.js';
import type { AskQuery, ResolvedPeriod } from './query.js';

/** One group of an answer: its names (one per grouping), the figure, and how many tickets it covers. */
export interface AnswerRow {
  keys: string[];
  labels: string[];
  value: number | null;
  tickets: number;
  /** The same group's figure in the period before, when the question asked what rose. */
  previous?: number | null;
}

/** What a question came to: the figure, the rows, how it was read. */
export type AskAnswer =
  | {
      kind: 'answer';
      language: Language;
      query: AskQuery;
      period: ResolvedPeriod;
      /** Who read the question: the model or the built-in reader. */
      readBy: 'model' | 'rules';
      value: number | null;
      tickets: number;
      rows: AnswerRow[] | null;
      /** Groups beyond the rows shown, and the tickets in them. */
      more: { groups: number; tickets: number };
      /** The tickets, with their card when posted, when there are at most ten. */
      ticketLinks: Array<{ id: number; channelId: string | null; ts: string | null }> | null;
      askedAt: Date;
    }
  | { kind: 'unread'; language: Language; unread: string[] }
  | { kind: 'empty'; language: Language }
  | { kind: 'too_long'; language: Language; length: number }
  | { kind: 'timeout'; language: Language; query: AskQuery; period: ResolvedPeriod };

/** The three questions offered when a question cannot be read, in the asker's language. */
export const EXAMPLE_QUESTIONS: Record<Language, string[]> = {
  en: [
    'How many drop complaints from Jakarta this week, by customer?',
    'What was our first-reply attainment for enterprise customers last week?',
    'Which device models rose this month?',
  ],
  zh: ['上周华为机型的卡顿投诉有多少？', '哪些客户等得最久？', '最近30天每天的投诉量'],
};

/** A question longer than this is refused before it is read. */
export const ASK_MAX_CHARS = 1000;
/** Ticket links are listed up to this many. */
export const LIST_TICKETS_UP_TO = 10;

/** The group rows in the order asked for, cut to the limit, with the rest counted. */
export function orderRows(
  rows: AnswerRow[],
  query: AskQuery,
): { rows: AnswerRow[]; more: { groups: number; tickets: number } } {
  const limit = query.limit ?? 10;
  const timeGroup = query.groupBy?.some((g) => g === 'day' || g === 'week') ?? false;
  let kept = rows;
  if (query.rising) kept = rows.filter((r) => (r.value ?? 0) > (r.previous ?? 0));
  const byKey = (a: AnswerRow, b: AnswerRow) => a.labels.join('|').localeCompare(b.labels.join('|'));
  const byValue = (dir: 1 | -1) => (a: AnswerRow, b: AnswerRow) => {
    if (a.value === null && b.value === null) return byKey(a, b);
    if (a.value === null) return 1;
    if (b.value === null) return -1;
    return dir * (a.value - b.value) || b.tickets - a.tickets || byKey(a, b);
  };
  const rise = (r: AnswerRow) => (r.value ?? 0) - (r.previous ?? 0);
  const sorted = [...kept].sort(
    query.rising
      ? (a, b) => rise(b) - rise(a) || byValue(-1)(a, b)
      : query.sort === 'key' || (timeGroup && !query.sort)
        ? byKey
        : byValue(query.sort === 'asc' ? 1 : -1),
  );
  const shown = timeGroup && !query.limit ? sorted.slice(0, 50) : sorted.slice(0, limit);
  const rest = sorted.slice(shown.length);
  return { rows: shown, more: { groups: rest.length, tickets: rest.reduce((n, r) => n + r.tickets, 0) } };
}
