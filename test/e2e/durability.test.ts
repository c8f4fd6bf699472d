import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { outbox, tickets } from '../../src/db/schema/index.js';
import { ChildApp, childAppEnv, freePort } from '../support/child-app.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { BOT_TOKEN, PEOPLE, SIGNING_SECRET, startHarness, type Harness } from '../support/harness.js';
import { SlackEmulator } from '../support/slack-emulator.js';
import { eventually } from '../support/eventually.js';
import { newTs, SlackSender } from '../support/slack-requests.js';

describe('durable and exactly once', () => {
  describe('with Slack failing for a while', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness();
      await h.link();
    });
    afterAll(() => h.stop());

    it('delivers the receipt exactly once after 429 (Retry-After) and then 500s', async () => {
      h.emulator.fail(
        'chat.postMessage',
        { status: 429, retryAfter: 1 },
        { status: 429, retryAfter: 1 },
        { status: 500 },
        { status: 503 },
      );
      const started = Date.now();
      const { ts } = await h.customerSays('We cannot connect to any call at all');
      const receipt = await h.emulator.waitFor(() => h.emulator.posts({ thread_ts: ts })[0], 15_000, 'receipt');
      // Retry-After was honoured: the first retry could not happen before a second had passed.
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
      expect(receipt.text).toMatch(/#\d+/);
      const failures = h.emulator.callsOf('chat.postMessage').filter((c) => c.status !== 200);
      expect(failures.map((c) => c.status)).toEqual([429, 429, 500, 503]);
      // Let every retry run out, then count: one receipt, one card.
      await h.emulator.waitFor(() => h.cards().length === 1, 10_000, 'card');
      await new Promise((r) => setTimeout(r, 1500));
      expect(h.emulator.posts({ thread_ts: ts })).toHaveLength(1);
      expect(h.cards()).toHaveLength(1);
    });

    it("waits out chat.postMessage's own rate_limited answer (HTTP 200, no Retry-After) and posts once", async () => {
      const before = h.emulator.callsOf('chat.postMessage').length;
      h.emulator.fail('chat.postMessage', { error: 'rate_limited' });
      const { ts } = await h.customerSays('Screen share freezes after a minute', { user: 'URATE0001' });
      await h.emulator.waitFor(() => h.emulator.posts({ thread_ts: ts })[0], 10_000, 'receipt');
      // Not buried as a permanent failure: the refused post (the receipt or the card, whichever came first)
      // is tried again, in the same channel, a second later.
      const posts = () => h.emulator.callsOf('chat.postMessage');
      const refused = await h.emulator.waitFor(() => posts()[before], 10_000, 'the refused post');
      const retried = await h.emulator.waitFor(
        () =>
          posts()
            .slice(before + 1)
            .find((c) => c.args.channel === refused.args.channel && c.status === 200),
        10_000,
        'the refused post tried again',
      );
      expect(retried.at - refused.at).toBeGreaterThanOrEqual(1000);
      await new Promise((r) => setTimeout(r, 1500));
      expect(h.emulator.posts({ thread_ts: ts })).toHaveLength(1);
    });

    it('does not post twice when a post landed but its answer was lost (5xx after the fact)', async () => {
      // A 500 here means "unknown": the retry must look for the earlier post before posting again.
      const { ts } = await h.customerSays('Audio is out of sync with the video', { user: PEOPLE.customer2 });
      await h.emulator.waitFor(() => h.emulator.posts({ thread_ts: ts })[0], 10_000, 'receipt');
      const [ticket] = await h.app.database.db.select().from(tickets).where(eq(tickets.rootTs, ts));
      const job = await eventually(
        async () => {
          const [row] = await h.app.database.db
            .select()
            .from(outbox)
            .where(eq(outbox.onceKey, `receipt:${ticket!.id}`));
          return row?.status === 'done' && row;
        },
        5000,
        'receipt job done',
      );
      // Replay the same job as if its first attempt had timed out after Slack accepted it.
      await h.app.database.db
        .update(outbox)
        .set({ status: 'pending', uncertain: true, lockedUntil: null, runAt: new Date() })
        .where(eq(outbox.id, job.id));
      h.app.worker.wake();
      const again = await eventually(
        async () => {
          const [row] = await h.app.database.db.select().from(outbox).where(eq(outbox.id, job.id));
          return row?.status === 'done' && row;
        },
        5000,
        'replayed job done',
      );
      expect(again!.result).toMatchObject({ found: true });
      expect(h.emulator.posts({ thread_ts: ts })).toHaveLength(1);
    });
  });

  describe('with the app killed right after acknowledging', () => {
    let emulator: SlackEmulator;
    let testDb: TestDatabase | undefined;
    let dataDir: string | undefined;
    let child: ChildApp | undefined;

    beforeAll(async () => {
      emulator = new SlackEmulator({ token: BOT_TOKEN });
      await emulator.start();
      emulator.setMembers(PEOPLE.triage, [PEOPLE.agent]);
      emulator.addUser(PEOPLE.engineer);
    });
    afterEach(async () => {
      await child?.kill();
    });
    afterAll(async () => {
      await emulator.stop();
      await testDb?.drop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    it('delivers the receipt after restart, once', async () => {
      const env = childAppEnv(emulator.url);
      if (process.env.DATABASE_URL) {
        testDb = await createTestDatabase({ migrateNow: false });
        env.DATABASE_URL = testDb.url!;
      } else {
        dataDir = mkdtempSync(join(tmpdir(), 'complaint-desk-'));
        env.PGLITE_DIR = dataDir;
      }
      child = new ChildApp(await freePort(), env);
      await child.start();
      const slack = new SlackSender(child.baseUrl, SIGNING_SECRET, emulator.teamId);
      const link = await slack.command({
        text: `link <@${PEOPLE.engineer}|eng>`,
        userId: PEOPLE.agent,
        channelId: PEOPLE.customerChannel,
      });
      expect(link.text).toContain('Linked');

      // Every post hangs: the app has acknowledged the complaint but sent nothing when it dies.
      emulator.fail('chat.postMessage', { hang: true }, { hang: true }, { hang: true }, { hang: true });
      const ts = newTs();
      const ack = await slack.event(
        {
          type: 'message',
          channel: PEOPLE.customerChannel,
          user: PEOPLE.customer,
          user_team: PEOPLE.customerTeam,
          text: '直播连麦的时候频繁掉线',
          ts,
        },
        { shared: true },
      );
      expect(ack.status).toBe(200);
      await emulator.waitFor(() => emulator.callsOf('chat.postMessage').length > 0, 10_000, 'a post attempt');
      await child.kill();
      expect(emulator.posts({ thread_ts: ts })).toHaveLength(0);

      emulator.clearFaults();
      child = new ChildApp(child.port, env);
      await child.start();
      const receipt = await emulator.waitFor(
        () => emulator.posts({ thread_ts: ts })[0],
        20_000,
        'receipt after restart',
      );
      expect(receipt.text).toContain('工单');
      await emulator.waitFor(
        () => emulator.posts({ channel: PEOPLE.triage }).length >= 1,
        10_000,
        'card after restart',
      );
      await new Promise((r) => setTimeout(r, 1000));
      expect(emulator.posts({ thread_ts: ts })).toHaveLength(1);
      expect(emulator.posts({ channel: PEOPLE.triage }).filter((m) => !m.thread_ts)).toHaveLength(1);
      await child.stop();

      const reopened = testDb ? testDb.database : await openDatabase({ pgliteDir: dataDir });
      const rows = await reopened.db.select().from(tickets);
      expect(rows).toHaveLength(1);
      if (!testDb) await reopened.close();
    }, 240_000);
  });
});
