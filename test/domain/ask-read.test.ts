import { describe, expect, it } from 'vitest';
import type { AskQuery } from '../../src/domain/ask/query.js';
import { readQuestion } from '../../src/domain/ask/read.js';

const ctx = {
  now: new Date('2026-12-06T10:00:00Z'),
  timeZone: 'UTC',
  customers: [
    { channelId: 'C1', name: 'Acme Video' },
    { channelId: 'C2', name: '星河直播' },
  ],
  knownProblems: [{ id: 7, title: 'Echo on Pixel 8 after Android 15' }],
};

/**
 * Questions written apart from the question set, each with the query a careful reader gives it. What the reader makes
 * of each is counted: right, "can't read", or wrong (a different query). Wrong must stay at zero.
 */
const CASES: Array<[string, Partial<AskQuery> | 'unread']> = [
  [
    'how many crashes on Android last month?',
    { measure: 'tickets', period: { kind: 'last_month' }, filters: { category: ['crash'], os: ['Android'] } },
  ],
  [
    'average rating for Acme Video this week',
    { measure: 'average_rating', period: { kind: 'this_week' }, filters: { customer: ['C1'] } },
  ],
  [
    'tickets per day in the last 10 days',
    { measure: 'tickets', period: { kind: 'last_days', days: 10 }, groupBy: ['day'] },
  ],
  [
    'reopened tickets by category this month',
    { measure: 'reopened', period: { kind: 'this_month' }, groupBy: ['category'] },
  ],
  [
    'first reply attainment by priority yesterday',
    { measure: 'first_reply_attainment', period: { kind: 'yesterday' }, groupBy: ['priority'] },
  ],
  ['星河直播上周有多少投诉？', { measure: 'tickets', period: { kind: 'last_week' }, filters: { customer: ['C2'] } }],
  [
    '本周各地区的掉线投诉',
    { measure: 'tickets', period: { kind: 'this_week' }, filters: { category: ['connectivity'] }, groupBy: ['region'] },
  ],
  ['上个月平均解决时间', { measure: 'time_to_resolve', statistic: 'mean', period: { kind: 'last_month' } }],
  [
    '最近3天5G网络下的卡顿投诉有几个',
    {
      measure: 'tickets',
      period: { kind: 'last_days', days: 3 },
      filters: { network: ['5G'], category: ['av_quality'] },
    },
  ],
  [
    'echo tickets linked to the Pixel 8 echo known problem',
    { measure: 'tickets', period: { kind: 'all' }, filters: { knownProblem: '#7', category: ['av_quality'] } },
  ],
  ['how many tickets mention our competitor?', 'unread'],
  ['帮我写一封道歉信', 'unread'],
];

const sorted = (o: object) =>
  JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b))));

describe('the built-in reader on questions written apart from the question set', () => {
  it('reads them right or says it cannot: never a different query', () => {
    const outcome = { right: 0, unread: 0, wrong: [] as string[] };
    for (const [question, expected] of CASES) {
      const read = readQuestion(question, ctx);
      if (!read.ok) {
        if (expected === 'unread') outcome.right += 1;
        else outcome.unread += 1;
        continue;
      }
      if (expected === 'unread') {
        outcome.wrong.push(question);
        continue;
      }
      const got = read.query;
      const same =
        got.measure === expected.measure &&
        (got.statistic ?? undefined) === expected.statistic &&
        JSON.stringify(got.period) === JSON.stringify(expected.period) &&
        JSON.stringify(got.groupBy ?? []) === JSON.stringify(expected.groupBy ?? []) &&
        sorted(got.filters ?? {}) === sorted(expected.filters ?? {});
      if (same) outcome.right += 1;
      else outcome.wrong.push(`${question} → ${JSON.stringify(got)}`);
    }
    console.log(`paraphrases: ${outcome.right} right, ${outcome.unread} unread, ${outcome.wrong.length} wrong`);
    expect(outcome.wrong).toEqual([]);
  });
});
