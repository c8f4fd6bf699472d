import { and, eq, like } from 'drizzle-orm';
import { createApp, type AppOptions, type RunningApp } from '../../src/app.js';
import { outbox } from '../../src/db/schema/index.js';
import { loadConfig } from '../../src/config.js';
import { createLog, silentLog } from '../../src/logger.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { SlackEmulator, type EmulatorOptions } from './slack-emulator.js';
import { newTs, SlackSender } from './slack-requests.js';

/** The cast of every end-to-end test. */
export const PEOPLE = {
  triage: 'CTRIAGE01',
  customerChannel: 'CCUST0001',
  otherCustomerChannel: 'CCUST0002',
  agent: 'UAGENT001',
  agent2: 'UAGENT002',
  engineer: 'UENG00001',
  lead: 'ULEAD0001',
  customer: 'UCUST0001',
  customer2: 'UCUST0002',
  customerTeam: 'TCUST0001',
  colleague: 'UCOLL0001',
} as const;

export const SIGNING_SECRET = 'test-signing-secret';
export const BOT_TOKEN = 'xoxb-test-token';

export interface Harness {
  app: RunningApp;
  emulator: SlackEmulator;
  slack: SlackSender;
  db: TestDatabase;
  baseUrl: string;
  link(channelId?: string, options?: { enterprise?: boolean; engineer?: string }): Promise<void>;
  /** A customer's message from another workspace in a shared channel. */
  customerSays(
    text: string,
    options?: {
      channel?: string;
      user?: string;
      ts?: string;
      threadTs?: string;
      eventId?: string;
      retryNum?: number;
      wait?: boolean;
    },
  ): Promise<{ ts: string; status: number }>;
  /** An agent's message in the customer's thread. */
  agentSays(
    text: string,
    options: { threadTs: string; channel?: string; user?: string },
  ): Promise<{ ts: string; status: number }>;
  /** Ticket cards posted in the triage channel. */
  cards(): ReturnType<SlackEmulator['posts']>;
  /** Waits until every stored message event has been taken in (intake runs just after the ack). */
  settle(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export interface HarnessOptions extends Omit<Partial<AppOptions>, 'config'> {
  env?: Record<string, string>;
  db?: TestDatabase;
  emulator?: SlackEmulator;
  emulatorOptions?: EmulatorOptions;
  verbose?: boolean;
  /** A test that sends Slack a payload it refuses on purpose; otherwise stop() fails on any such call. */
  allowContractBreaks?: boolean;
}

/** What Slack refused (or cut), call by call, for a failing test's message. */
export function describeContractBreaks(breaks: SlackEmulator['contractBreaks']): string {
  const lines = breaks.slice(0, 10).map((c) => {
    const meta = c.answer?.response_metadata as { messages?: string[] } | undefined;
    return `${c.method}: ${String(c.answer?.error ?? 'warning')} ${(meta?.messages ?? []).slice(0, 5).join('; ')}`;
  });
  return `Slack would refuse ${breaks.length} call(s) the app made:\n${lines.join('\n')}`;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const emulator = options.emulator ?? new SlackEmulator({ token: BOT_TOKEN, ...options.emulatorOptions });
  if (!emulator.url) await emulator.start();
  emulator.setMembers(PEOPLE.triage, [PEOPLE.agent, PEOPLE.agent2, emulator.botUserId]);
  // Our people, as users.info knows them: an engineer can only be paired if they are one.
  for (const id of [PEOPLE.agent, PEOPLE.agent2, PEOPLE.engineer, PEOPLE.lead, PEOPLE.colleague])
    if (!emulator.users.has(id)) emulator.addUser(id);
  const db = options.db ?? (await createTestDatabase());
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: emulator.url,
    TRIAGE_CHANNEL_ID: PEOPLE.triage,
    SUPPORT_LEAD_USER_ID: PEOPLE.lead,
    PORT: '0',
    OUTBOX_POLL_INTERVAL: '100ms',
    SWEEP_INTERVAL: '200ms',
    LOG_LEVEL: 'error',
    // The weekly review runs on the real clock: left on, every test run on a Monday morning would find it among the
    // triage channel's cards and jobs. Tests of the review set their own schedule.
    DIGEST_SCHEDULE: 'off',
    ...options.env,
  });
  const app = await createApp({
    ...options,
    config,
    database: db.database,
    log: options.verbose ? createLog('debug') : (options.log ?? silentLog),
  });
  await app.start();
  const baseUrl = `http://127.0.0.1:${app.port}`;
  const slack = new SlackSender(baseUrl, SIGNING_SECRET, emulator.teamId);
  const ownsDb = !options.db;
  const ownsEmulator = !options.emulator;

  const harness: Harness = {
    app,
    emulator,
    slack,
    db,
    baseUrl,
    async link(channelId = PEOPLE.customerChannel, opts = {}) {
      const res = await slack.command({
        text: `link <@${opts.engineer ?? PEOPLE.engineer}|eng>${opts.enterprise ? ' enterprise' : ''}`,
        userId: PEOPLE.agent,
        channelId,
      });
      if (res.status !== 200 || !/Linked|Updated/.test(res.text))
        throw new Error(`link failed: ${res.status} ${res.text}`);
    },
    async customerSays(text, opts = {}) {
      const ts = opts.ts ?? newTs();
      const res = await slack.event(
        {
          type: 'message',
          channel: opts.channel ?? PEOPLE.customerChannel,
          user: opts.user ?? PEOPLE.customer,
          user_team: PEOPLE.customerTeam,
          team: PEOPLE.customerTeam,
          text,
          ts,
          ...(opts.threadTs ? { thread_ts: opts.threadTs } : {}),
          channel_type: 'channel',
          event_ts: ts,
        },
        { shared: true, eventId: opts.eventId, retryNum: opts.retryNum },
      );
      emulator.seedMessage({
        channel: opts.channel ?? PEOPLE.customerChannel,
        ts,
        text,
        user: opts.user ?? PEOPLE.customer,
        thread_ts: opts.threadTs,
      });
      if (opts.wait ?? true) await harness.settle();
      return { ts, status: res.status };
    },
    async agentSays(text, opts) {
      const ts = newTs();
      const res = await slack.event(
        {
          type: 'message',
          channel: opts.channel ?? PEOPLE.customerChannel,
          user: opts.user ?? PEOPLE.agent,
          user_team: emulator.teamId,
          team: emulator.teamId,
          text,
          ts,
          thread_ts: opts.threadTs,
          event_ts: ts,
        },
        { shared: true },
      );
      await harness.settle();
      return { ts, status: res.status };
    },
    cards() {
      return emulator.posts({ channel: PEOPLE.triage }).filter((m) => !m.thread_ts);
    },
    async settle(timeoutMs = 10_000) {
      const started = Date.now();
      for (;;) {
        const pending = await db.database.db
          .select({ id: outbox.id })
          .from(outbox)
          .where(and(like(outbox.kind, 'intake.%'), eq(outbox.status, 'pending')))
          .limit(1);
        if (pending.length === 0) return;
        if (Date.now() - started > timeoutMs) throw new Error('intake did not settle');
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async stop() {
      await app.stop();
      if (ownsDb) await db.drop();
      const breaks = [...emulator.contractBreaks];
      if (ownsEmulator) await emulator.stop();
      if (breaks.length > 0 && !options.allowContractBreaks) throw new Error(describeContractBreaks(breaks));
    },
  };
  return harness;
}
