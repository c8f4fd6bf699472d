import type { AskQuery } from '../../src/domain/ask/query.js';

/**
 * The typed query a model is expected to write for each question of the set, written by hand from each question's
 * `reading` (test/fixtures/ask/questions.ts), not from what the built-in reader makes of it. The stub model returns
 * these; the service checks and runs them like any model answer.
 */
export const MODEL_QUERIES: Record<string, AskQuery> = {
  en01: {
    measure: 'tickets',
    period: { kind: 'this_week' },
    filters: { category: ['connectivity'], region: ['Jakarta'] },
    groupBy: ['customer'],
  },
  en02: { measure: 'tickets', period: { kind: 'last_days', days: 14 }, filters: {}, groupBy: ['device'], rising: true },
  en03: {
    measure: 'first_reply_attainment',
    period: { kind: 'last_week' },
    filters: { tier: 'enterprise' },
    groupBy: [],
  },
  en04: { measure: 'tickets', period: { kind: 'last_days', days: 14 }, filters: {}, groupBy: ['customer'], limit: 5 },
  en05: {
    measure: 'median_first_reply',
    period: { kind: 'this_month' },
    filters: { priority: ['urgent'] },
    groupBy: [],
  },
  en06: { measure: 'escalated_tickets', period: { kind: 'last_week' }, filters: {}, groupBy: [] },
  en07: { measure: 'escalations', period: { kind: 'last_week' }, filters: {}, groupBy: ['owner'] },
  en08: {
    measure: 'average_rating',
    period: { kind: 'since', from: '2026-11-01' },
    filters: {},
    groupBy: ['category'],
  },
  en09: { measure: 'reopened', period: { kind: 'last_month' }, filters: {}, groupBy: [] },
  en10: {
    measure: 'tickets',
    period: { kind: 'last_days', days: 42 },
    filters: { category: ['crash'], device: ['iPhone 15'] },
    groupBy: ['week'],
  },
  en11: {
    measure: 'tickets',
    period: { kind: 'since', from: '2026-11-16' },
    filters: {},
    groupBy: ['category', 'week'],
  },
  en12: { measure: 'longest_wait', period: { kind: 'last_week' }, filters: {}, groupBy: ['ticket'], limit: 3 },
  en13: {
    measure: 'tickets',
    period: { kind: 'this_month' },
    filters: { customer: ['Nusantara Live'], category: ['connectivity'], network: ['4G'] },
    groupBy: ['week'],
  },
  en14: {
    measure: 'time_to_resolve',
    statistic: 'mean',
    period: { kind: 'all' },
    filters: { category: ['crash'], knownProblem: 'iOS 18.1 Bluetooth headset' },
    groupBy: [],
  },
  en15: { measure: 'tickets', period: { kind: 'this_month' }, filters: {}, groupBy: ['side'] },
  zh01: {
    measure: 'tickets',
    period: { kind: 'last_week' },
    filters: { category: ['av_quality'], device: ['Huawei'] },
    groupBy: [],
  },
  zh02: {
    measure: 'longest_wait',
    period: { kind: 'all' },
    filters: { awaitingFirstReply: true },
    groupBy: ['customer'],
  },
  zh03: { measure: 'tickets', period: { kind: 'this_month' }, filters: {}, groupBy: ['region'], limit: 5 },
  zh04: {
    measure: 'tickets',
    period: { kind: 'last_days', days: 7 },
    filters: { category: ['connectivity'], region: ['雅加达'] },
    groupBy: ['day'],
  },
  zh05: {
    measure: 'first_reply_attainment',
    period: { kind: 'last_month' },
    filters: { tier: 'enterprise' },
    groupBy: [],
  },
  zh06: { measure: 'average_rating', period: { kind: 'this_month' }, filters: { customer: ['京华直播'] }, groupBy: [] },
  zh07: { measure: 'tickets', period: { kind: 'last_days', days: 14 }, filters: {}, groupBy: ['owner'] },
  zh08: { measure: 'escalations', period: { kind: 'this_month' }, filters: {}, groupBy: ['customer'], limit: 3 },
  zh09: { measure: 'median_first_reply', period: { kind: 'last_week' }, filters: {}, groupBy: ['priority'] },
  zh10: {
    measure: 'tickets',
    period: { kind: 'since', from: '2026-11-01' },
    filters: { rootCause: ['SDK'] },
    groupBy: [],
  },
  zh11: {
    measure: 'tickets',
    period: { kind: 'all' },
    filters: { knownProblem: 'Huawei Mate 60 Pro stutter' },
    groupBy: ['week'],
  },
  zh12: { measure: 'reopened', period: { kind: 'this_month' }, filters: {}, groupBy: ['customer'], sort: 'desc' },
  zh13: {
    measure: 'tickets',
    period: { kind: 'last_days', days: 30 },
    filters: { category: ['crash'] },
    groupBy: ['device', 'os'],
  },
  zh14: { measure: 'tickets', period: { kind: 'this_week' }, filters: { status: ['open'] }, groupBy: [] },
  zh15: {
    measure: 'first_reply_attainment',
    period: { kind: 'last_days', days: 14 },
    filters: {},
    groupBy: ['network'],
  },
};
