import type { Draft, Message, Ticket } from '../../src/db/schema/index.js';

/** Rows as the views receive them, for view tests. */
export const now = new Date('2026-11-20T10:05:00Z');

export function sampleTicket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: 42,
    channelId: 'CCUST0001',
    rootTs: '1700000000.000100',
    customerUserId: 'UCUST0001',
    customerTeamId: 'TCUST0001',
    status: 'waiting_on_us',
    category: 'connectivity',
    priority: 'high',
    classifiedBy: 'rules',
    language: 'en',
    enterprise: false,
    summary: 'Calls drop after a minute',
    qualitySummary: null,
    facts: { network: '4G' },
    openedVia: 'message',
    openedBy: null,
    cycle: 0,
    triageTs: null,
    createdAt: new Date('2026-11-20T10:00:00Z'),
    lastCustomerMessageAt: new Date('2026-11-20T10:00:00Z'),
    firstRespondedAt: null,
    resolvedAt: null,
    resolvedBy: null,
    rating: null,
    ratedBy: null,
    ratedAt: null,
    side: null,
    rootCause: null,
    fix: null,
    assigneeId: null,
    assignedAt: null,
    searchTerms: [],
    churnSignals: [],
    knownProblemId: null,
    ...overrides,
  };
}

export const message = (text: string, extra: Partial<Message> = {}): Message => ({
  id: 1,
  ticketId: 42,
  channelId: 'CCUST0001',
  ts: '1700000000.000100',
  userId: 'UCUST0001',
  teamId: 'TCUST0001',
  role: 'customer',
  text,
  editedAt: null,
  deletedAt: null,
  createdAt: new Date('2026-11-20T10:00:00Z'),
  ...extra,
});

export const draft = (extra: Partial<Draft> = {}): Draft => ({
  id: 7,
  ticketId: 42,
  cycle: 0,
  source: 'rules',
  purpose: 'reply',
  fallbackReason: null,
  language: 'en',
  reply: "I'm sorry the calls drop. We're checking now and will update you within 1 hour.",
  followUps: ['Which device?'],
  summary: 'Calls drop',
  findings: [],
  status: 'proposed',
  createdAt: now,
  editedFromId: null,
  actedBy: null,
  actedAt: null,
  ...extra,
});
