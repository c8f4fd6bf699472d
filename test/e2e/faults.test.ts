import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { drafts, tickets } from '../../src/db/schema/index.js';
import { ChildApp, childAppEnv, freePort } from '../support/child-app.js';
import { createTestDatabase, onPostgres, type TestDatabase } from '../support/db.js';
import { eventually, sleep } from '../support/eventually.js';
import { BOT_TOKEN, PEOPLE, SIGNING_SECRET, startHarness, type Harness } from '../support/harness.js';
import { OpenAIStub } from '../support/openai-stub.js';
import { SlackEmulator } from '../support/slack-emulator.js';
import { newTs, SlackSender } from '../support/slack-requests.js';

interface Complaint {
  ts: string;
  user: string;
  channel: string;
  eventId: string;
  text: string;
}

const CHANNELS = ['CFAULT001', 'CFAULT002', 'CFAULT003', 'CFAULT004'];

function complaints(n: number, tag: string): Complaint[] {
  return Array.from({ length: n }, (_, i) => ({
    ts: newTs(),
    user: `U${tag}${String(i).padStart(4, '0')}`,
    channel: CHANNELS[i % CHANNELS.length]!,
    eventId: `Ev${tag}${i}`,
    text: `Calls keep dropping for our users (${tag} ${i})`,
  }));
}

function send(slack: SlackSender, c: Complaint) {
  return slack
    .event(
      { type: 'message', channel: c.channel, user: c.user, user_team: PEOPLE.customerTeam, text: c.text, ts: c.ts },
      { shared: true, eventId: c.eventId },
    )
    .then((r) => r.status)
    .catch(() => 0);
}

/** Slack redelivers what was not acknowledged with a 200: keep sending until it is. */
async function deliverAll(slack: SlackSender, list: Complaint[], tries = 20): Promise<void> {
  let pending = list;
  for (let i = 0; i < tries && pending.length > 0; i++) {
    const statuses = await Promise.all(pending.map((c) => send(slack, c)));
    pending = pending.filter((_, j) => statuses[j] !== 200);
    if (pending.length) await sleep(300);
  }
  expect(pending).toHaveLength(0);
}

/** Ticket cards in the triage channel (not incident alerts or reviews). */
function cards(emulator: SlackEmulator) {
  return emulator.posts({ channel: PEOPLE.triage }).filter((m) => !m.thread_ts && /^#\d+ · /.test(m.text));
}

/** Every complaint has exactly one receipt and one card. */
async function expectEachOnce(emulator: SlackEmulator, list: Complaint[], cardsBefore = 0): Promise<void> {
  await emulator.waitFor(
    () => list.every((c) => emulator.posts({ thread_ts: c.ts }).length >= 1),
    40_000,
    'every receipt',
  );
  await emulator.waitFor(() => cards(emulator).length >= cardsBefore + list.length, 20_000, 'every card');
  await sleep(1500);
  for (const c of list) expect(emulator.posts({ thread_ts: c.ts }), `receipts for ${c.user}`).toHaveLength(1);
  expect(cards(emulator)).toHaveLength(cardsBefore + list.length);
  // One card per ticket: no ticket number appears on two cards.
  const numbers = cards(emulator).map((m) => m.text.split(' ')[0]);
  expect(new Set(numbers).size).toBe(numbers.length);
}

async function linkAll(slack: SlackSender): Promise<void> {
  for (const channel of CHANNELS) {
    const res = await slack.command({ text: `link <@${PEOPLE.engineer}>`, userId: PEOPLE.agent, channelId: channel });
    expect(res.text).toMatch(/Linked|Updated/);
  }
}

describe('fault suite', () => {
  it('the app killed mid-load and restarted: every acknowledged complaint gets its ticket, receipt and card, ' +
    'once', async () => {
    const emulator = new SlackEmulator({ token: BOT_TOKEN, latencyMs: 20 });
    await emulator.start();
    emulator.setMembers(PEOPLE.triage, [PEOPLE.agent]);
    emulator.addUser(PEOPLE.engineer);
    let testDb: TestDatabase | undefined;
    let dataDir: string | undefined;
    const env = childAppEnv(emulator.url);
    if (onPostgres) {
      testDb = await createTestDatabase({ migrateNow: false });
      env.DATABASE_URL = testDb.url!;
    } else {
      dataDir = mkdtempSync(join(tmpdir(), 'complaint-desk-fault-'));
      env.PGLITE_DIR = dataDir;
    }
    let child = new ChildApp(await freePort(), env);
    try {
      await child.start();
      const slack = new SlackSender(child.baseUrl, SIGNING_SECRET, emulator.teamId);
      await linkAll(slack);
      const list = complaints(30, 'KILL');
      // Fire them all; kill the app once a third has been acknowledged.
      const acked: Complaint[] = [];
      const inflight = list.map((c) => send(slack, c).then((status) => status === 200 && acked.push(c)));
      await eventually(() => acked.length >= 10, 20_000, 'a third acknowledged');
      await child.kill();
      await Promise.all(inflight);

      child = new ChildApp(child.port, env);
      await child.start();
      // Slack redelivers whatever was not acknowledged; acknowledged ones must need nothing.
      await deliverAll(slack, list);
      await expectEachOnce(emulator, list);
      await child.stop();

      const db = testDb ? testDb.database : await openDatabase({ pgliteDir: dataDir });
      expect(await db.db.select().from(tickets)).toHaveLength(list.length);
      if (!testDb) await db.close();
    } finally {
      await child.kill();
      await emulator.stop();
      await testDb?.drop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);

  describe('in-process faults', () => {
    const stub = new OpenAIStub();
    let h: Harness;
    let slack: SlackSender;
    beforeAll(async () => {
      await stub.start();
      h = await startHarness({
        env: {
          OPENAI_API_KEY: 'sk-test-not-real',
          OPENAI_BASE_URL: stub.url,
          DRAFT_TIMEOUT: '3s',
          OUTBOX_POLL_INTERVAL: '100ms',
          OUTBOX_LEASE: '3s',
        },
        emulatorOptions: { latencyMs: 10 },
      });
      slack = h.slack;
      await linkAll(slack);
    });
    afterAll(async () => {
      await h.stop();
      await stub.stop();
    });

    it('Slack down for a while: everything is delivered once when it comes back', async () => {
      const before = cards(h.emulator).length;
      h.emulator.downUntil = Date.now() + 2500;
      const list = complaints(20, 'DOWN');
      await deliverAll(slack, list);
      await expectEachOnce(h.emulator, list, before);
      expect(h.emulator.calls.filter((c) => c.status === 503).length).toBeGreaterThan(0);
    }, 60_000);

    it('the model endpoint failing: every ticket still gets its receipt, card and a built-in draft', async () => {
      stub.mode = 'error500';
      const before = cards(h.emulator).length;
      const list = complaints(10, 'MODEL');
      await deliverAll(slack, list);
      await expectEachOnce(h.emulator, list, before);
      const rows = await eventually(
        async () => {
          const all = await h.app.database.db.select().from(drafts);
          const ours = all.filter((d) => d.fallbackReason?.includes('HTTP 500'));
          return ours.length >= list.length && ours;
        },
        20_000,
        'fallback drafts',
      );
      expect(rows.every((d) => d.source === 'rules')).toBe(true);
      stub.mode = 'good';
    }, 60_000);

    it.runIf(onPostgres)(
      'the database connections dropped under load and restored: nothing lost, nothing twice',
      async () => {
        const before = cards(h.emulator).length;
        const list = complaints(30, 'PGDROP');
        const dbName = new URL(h.db.url!).pathname.slice(1);
        const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
        const killer = (async () => {
          for (let i = 0; i < 4; i++) {
            await sleep(150);
            await admin`select pg_terminate_backend(pid) from pg_stat_activity
              where datname = ${dbName} and pid <> pg_backend_pid()`;
          }
        })();
        await Promise.all([deliverAll(slack, list), killer]);
        await admin.end();
        await expectEachOnce(h.emulator, list, before);
        const stored = await h.app.database.db.select().from(tickets);
        for (const c of list) expect(stored.filter((t) => t.rootTs === c.ts)).toHaveLength(1);
      },
      60_000,
    );
  });
});
