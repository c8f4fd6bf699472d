import { detectLanguage } from '../language.js';
import type { AskQuery, ResolvedPeriod } from './query.js';

/** Answers are written in Chinese or English (the agents' languages); a question in any other reads as English. */
export type AskLanguage = 'zh' | 'en';

export function askLanguageOf(question: string): AskLanguage {
  const detected = detectLanguage(question);
  return detected === 'zh' || detected === 'zh-Hant' ? 'zh' : 'en';
}

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
      language: AskLanguage;
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
  | { kind: 'unread'; language: AskLanguage; unread: string[] }
  | { kind: 'empty'; language: AskLanguage }
  | { kind: 'too_long'; language: AskLanguage; length: number }
  | { kind: 'timeout'; language: AskLanguage; query: AskQuery; period: ResolvedPeriod };

/** The three questions offered when a question cannot be read, in the asker's language. */
export const EXAMPLE_QUESTIONS: Record<AskLanguage, string[]> = {
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

/** Code-point order, the same everywhere (no locale's idea of where "京" goes). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The group rows in the order asked for, cut to the limit, with the rest counted. By default the largest value
 * first, ties by name; by day or week, oldest first (and within a period, the largest first); what rose, the
 * biggest rise first.
 */
export function orderRows(
  rows: AnswerRow[],
  query: AskQuery,
): { rows: AnswerRow[]; more: { groups: number; tickets: number } } {
  const groups = query.groupBy ?? [];
  const timeAt = groups.map((g, i) => (g === 'day' || g === 'week' ? i : -1)).filter((i) => i >= 0);
  // A group with no value for the measure (no rated ticket, no reopened one) is not a row of the answer.
  const counted = ['reopened', 'escalated_tickets', 'escalations'].includes(query.measure);
  const valued = rows.filter((r) => r.value !== null && !(counted && r.value === 0));
  const kept = query.rising ? valued.filter((r) => (r.value ?? 0) > (r.previous ?? 0)) : valued;
  const byName = (a: AnswerRow, b: AnswerRow) => compareText(a.labels.join(' | '), b.labels.join(' | '));
  const byTime = (a: AnswerRow, b: AnswerRow) => {
    for (const i of timeAt) {
      const c = compareText(a.keys[i] ?? '', b.keys[i] ?? '');
      if (c) return c;
    }
    return 0;
  };
  const byValue = (dir: 1 | -1) => (a: AnswerRow, b: AnswerRow) => {
    if (a.value === null || b.value === null) return a.value === b.value ? 0 : a.value === null ? 1 : -1;
    return dir * (a.value - b.value);
  };
  const rise = (r: AnswerRow) => (r.value ?? 0) - (r.previous ?? 0);
  const order: Array<(a: AnswerRow, b: AnswerRow) => number> = query.rising
    ? [(a, b) => rise(b) - rise(a), byName]
    : query.sort === 'key'
      ? [byTime, byName]
      : timeAt.length && !query.sort
        ? [byTime, byValue(-1), byName]
        : [byValue(query.sort === 'asc' ? 1 : -1), byName];
  const sorted = [...kept].sort((a, b) => {
    for (const compare of order) {
      const c = compare(a, b);
      if (c) return c;
    }
    return 0;
  });
  // A series over time is shown whole (up to a year of weeks), unless a number was asked for.
  const limit = query.limit ?? (timeAt.length ? 60 : 10);
  const shown = sorted.slice(0, limit);
  const rest = sorted.slice(shown.length);
  return { rows: shown, more: { groups: rest.length, tickets: rest.reduce((n, r) => n + r.tickets, 0) } };
}
