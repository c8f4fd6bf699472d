import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Message, OutboxRow, Ticket } from '../../src/db/schema/index.js';
import type { JobDeps } from '../../src/jobs/context.js';
import type { Job } from '../../src/queue/define.js';
import { RulesDrafter } from '../../src/drafting/rules-drafter.js';
import { Workspace } from '../../src/services/workspace.js';
import { recordingLog } from '../listeners/fakes.js';
import { SlackEmulator } from '../support/slack-emulator.js';

/**
 * Fakes for calling a job's handler directly, as the worker would: a stored outbox row, the Slack emulator on
 * 127.0.0.1 (it keeps the messages it is sent and refuses what Slack refuses), and a database that only hands
 * out transactions. The queries and services a job calls are replaced with `vi.mock` in each test file: a
 * job's part is to read its payload, load what it needs, call Slack and record the outcome; what the queries
 * and services do is tested in test/services and test/e2e.
 */

export const TRIAGE = 'CTRIAGE01';
export const CHANNEL = 'CCUST0001';
export const CUSTOMER = 'UCUST0001';
export const AGENT = 'UAGENT001';
export const ENGINEER = 'UENG00001';
export const LEAD = 'ULEAD0001';
export const ROOT_TS = '1772445600.000100';
export const NOW = new Date('2026-03-02T10:00:00Z');

/** The emulator and a client as the worker has one: no retries of its own, rate limits answered at once. */
export async function startSlack(): Promise<{ slack: SlackEmulator; client: WebClient }> {
  const slack = new SlackEmulator({ token: 'xoxb-job-test' });
  const url = await slack.start();
  slack.setMembers(TRIAGE, [AGENT]);
  const client = new WebClient('xoxb-job-test', {
    slackApiUrl: url,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
  return { slack, client };
}

const QUERY_ENTRY_POINTS = new Set([
  'select',
  'selectDistinct',
  'insert',
  'update',
  'delete',
  'execute',
  'query',
  'with',
  '$count',
]);

/** A database that is only used through transactions here (the queries are mocked); a query on it throws. */
function transactionsOnly(): JobDeps['db'] {
  const db: Record<string, unknown> = {};
  db.transaction = vi.fn(async (work: (tx: unknown) => unknown) => work(proxy));
  const proxy = new Proxy(db, {
    get(target, property) {
      if (typeof property === 'string' && QUERY_ENTRY_POINTS.has(property))
        throw new Error(`a job used db.${property} directly; the test mocks its queries`);
      return target[property as string];
    },
  });
  return proxy as unknown as JobDeps['db'];
}

export function jobDeps(
  client: WebClient,
  overrides: Partial<JobDeps> = {},
): JobDeps & {
  log: ReturnType<typeof recordingLog>;
  wake: ReturnType<typeof vi.fn>;
} {
  return {
    db: transactionsOnly(),
    config: loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-job-test',
      SLACK_SIGNING_SECRET: 's',
      TRIAGE_CHANNEL_ID: TRIAGE,
      SUPPORT_LEAD_USER_ID: LEAD,
    }),
    log: recordingLog(),
    people: { isAgent: vi.fn(async (id: string) => id === AGENT), forget: vi.fn() } as unknown as JobDeps['people'],
    now: () => NOW,
    wake: vi.fn(),
    client,
    drafter: new RulesDrafter(),
    workspace: new Workspace(client),
    ...overrides,
  } as JobDeps & { log: ReturnType<typeof recordingLog>; wake: ReturnType<typeof vi.fn> };
}

/** The row the worker claims for a queued job: what `queue` would store, claimed for the first time. */
export function claimed<P>(job: Job<string, P, never>, payload: P, overrides: Partial<OutboxRow> = {}): OutboxRow {
  const item = job.item(payload);
  return {
    id: 41,
    kind: item.kind,
    payload: item.payload,
    onceKey: item.onceKey ?? null,
    coalesceKey: item.coalesceKey ?? null,
    status: 'pending',
    attempts: 1,
    generation: 0,
    uncertain: false,
    runAt: NOW,
    lockedUntil: new Date(NOW.getTime() + 60_000),
    createdAt: NOW,
    doneAt: null,
    result: null,
    lastError: null,
    ...overrides,
  } as OutboxRow;
}

/**
 * The same row handed out again: the first attempt's outcome was not known (a timeout, a lost answer, an
 * instance that died), so the worker marks it uncertain and runs it again.
 */
export function redelivered(row: OutboxRow): OutboxRow {
  return { ...row, attempts: row.attempts + 1, uncertain: true };
}

export function ticket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: 7,
    channelId: CHANNEL,
    rootTs: ROOT_TS,
    customerUserId: CUSTOMER,
    customerTeamId: 'TCUST0001',
    status: 'waiting_on_us',
    category: 'connectivity',
    priority: 'high',
    classifiedBy: 'rules',
    language: 'en',
    enterprise: false,
    summary: 'Calls drop every few minutes',
    qualitySummary: null,
    facts: {},
    openedVia: 'message',
    openedBy: null,
    cycle: 0,
    triageTs: null,
    createdAt: new Date(NOW.getTime() - 600_000),
    lastCustomerMessageAt: new Date(NOW.getTime() - 600_000),
    firstRespondedAt: null,
    resolvedAt: null,
    resolvedBy: null,
    rating: null,
    ratedBy: null,
    ratedAt: null,
    churnSignals: [],
    ...overrides,
  } as Ticket;
}

export function customerMessage(overrides: Partial<Message> = {}): Message {
  return {
    id: 1,
    ticketId: 7,
    channelId: CHANNEL,
    ts: ROOT_TS,
    userId: CUSTOMER,
    teamId: 'TCUST0001',
    role: 'customer',
    text: 'Calls drop every few minutes on my Android phone',
    editedAt: null,
    deletedAt: null,
    createdAt: new Date(NOW.getTime() - 600_000),
    ...overrides,
  } as Message;
}

/** Forgets what an earlier test posted and asked, and any fault it set. */
export function resetSlack(slack: SlackEmulator): void {
  slack.messages.length = 0;
  slack.calls.length = 0;
  slack.contractBreaks.length = 0;
  slack.clearFaults();
}

/** One Slack double per test file: started before its tests, emptied before each, stopped after them. */
export function useSlack(): { slack: SlackEmulator; client: WebClient } {
  const env = {} as { slack: SlackEmulator; client: WebClient };
  beforeAll(async () => {
    Object.assign(env, await startSlack());
  });
  afterAll(() => env.slack.stop());
  beforeEach(() => resetSlack(env.slack));
  return env;
}
