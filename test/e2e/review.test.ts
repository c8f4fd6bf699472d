import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drafts, incidents, tickets } from '../../src/db/schema/index.js';
import { HOME_LIMITS } from '../../src/views/home.js';
import { eventually, sleep } from '../support/eventually.js';
import { PEOPLE, startHarness, type Harness } from '../support/harness.js';

describe('complaint review in Slack', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.link();
  });
  afterAll(() => h.stop());

  it('/complaints report posts the review in the triage channel with its chart in the thread', async () => {
    await h.customerSays('Calls keep dropping on 4G in Jakarta', { user: 'UREV00001' });
    await h.customerSays('视频很卡，华为 P40', { user: 'UREV00002' });
    const res = await h.slack.command({ text: 'report 14', userId: PEOPLE.agent, channelId: PEOPLE.customerChannel });
    expect(res.text).toContain('last 14 days');
    const review = await h.emulator.waitFor(
      () => h.emulator.posts({ channel: PEOPLE.triage }).find((m) => m.text.includes('Complaint review')),
      10_000,
      'review',
    );
    expect(review.text).toContain('2 complaints');
    expect(review.text).toContain(`<@${PEOPLE.agent}>`);
    const upload = await h.emulator.waitFor(() => h.emulator.uploads[0], 15_000, 'chart upload');
    expect(upload.bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(upload.channel).toBe(PEOPLE.triage);
    const complete = h.emulator.callsOf('files.completeUploadExternal')[0]!;
    expect(complete.args.thread_ts).toBe(review.ts);
  });

  it('refuses the report to a non-agent', async () => {
    const res = await h.slack.command({ text: 'report', userId: PEOPLE.customer, channelId: PEOPLE.customerChannel });
    expect(res.text).toContain('Only support agents');
  });

  it('App Home shows agents their queue and stays within block limits with hundreds of tickets', async () => {
    const db = h.app.database.db;
    const now = Date.now();
    await db.insert(tickets).values(
      Array.from({ length: 400 }, (_, i) => ({
        channelId: PEOPLE.customerChannel,
        rootTs: `1600000000.${String(i).padStart(6, '0')}`,
        customerUserId: `UBULK${i}`,
        category: 'av_quality' as const,
        priority: 'medium' as const,
        language: 'en' as const,
        summary: `Bulk complaint ${i} `.repeat(20),
        status: (['waiting_on_us', 'waiting_on_customer', 'resolved'] as const)[i % 3]!,
        createdAt: new Date(now - i * 60_000),
        lastCustomerMessageAt: new Date(now - i * 60_000),
        resolvedAt: i % 3 === 2 ? new Date(now - i * 1000) : null,
      })),
    );
    await h.slack.event({
      type: 'app_home_opened',
      user: PEOPLE.agent,
      channel: 'DHOME',
      tab: 'home',
      event_ts: '1.2',
    });
    const published = await h.emulator.waitFor(
      () => h.emulator.views.find((v) => v.method === 'views.publish' && v.user_id === PEOPLE.agent),
      10_000,
      'home',
    );
    const blocks = published.view.blocks as Array<Record<string, any>>;
    expect(blocks.length).toBeLessThanOrEqual(100);
    for (const b of blocks) if (b.text?.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
    const json = JSON.stringify(blocks);
    expect(json).toContain('Waiting on us');
    expect(json).toContain('Waiting on customers');
    expect(json).toContain('Recently resolved');
    expect(json).toContain('more');
    expect(
      blocks.filter(
        (b) =>
          (b.type === 'section' && String(b.text?.text).includes('reply due')) ||
          String(b.text?.text).includes('no reply target'),
      ).length,
    ).toBeLessThanOrEqual(HOME_LIMITS.waitingOnUs);
    expect(json).toContain('acme.slack.test/archives');
    expect(json).toContain('channel_settings_open');

    await h.slack.event({
      type: 'app_home_opened',
      user: PEOPLE.customer,
      channel: 'DHOME2',
      tab: 'home',
      event_ts: '1.3',
    });
    const other = await h.emulator.waitFor(
      () => h.emulator.views.find((v) => v.method === 'views.publish' && v.user_id === PEOPLE.customer),
      10_000,
      'home for non-agent',
    );
    expect(JSON.stringify(other.view)).toContain('for support agents');
  });
});

describe('possible incident', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { INCIDENT_WINDOW: '10m', INCIDENT_THRESHOLD: '3' } });
    await h.link();
    await h.link(PEOPLE.otherCustomerChannel);
  });
  afterAll(() => h.stop());

  it(
    'turns three customers with connection problems in one region into one alert, and updates it for a ' + 'fourth',
    async () => {
      await h.customerSays('Calls drop all the time in Jakarta', { user: 'UINC00001' });
      await h.customerSays('We cannot connect, users in Jakarta', {
        user: 'UINC00002',
        channel: PEOPLE.otherCustomerChannel,
      });
      await sleep(300);
      expect(
        h.emulator.posts({ channel: PEOPLE.triage }).filter((m) => m.text.includes('Possible incident')),
      ).toHaveLength(0);
      await h.customerSays('Disconnects every minute (Jakarta office)', { user: 'UINC00003' });
      const alert = await h.emulator.waitFor(
        () => h.emulator.posts({ channel: PEOPLE.triage }).find((m) => m.text.includes('Possible incident')),
        5000,
        'incident alert',
      );
      expect(alert.text).toContain('3 customers');
      expect(alert.text).toContain('Jakarta');
      const rows = await h.app.database.db.select().from(incidents);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.ticketIds).toHaveLength(3);

      await h.customerSays('Calls keep dropping for us too', {
        user: 'UINC00004',
        channel: PEOPLE.otherCustomerChannel,
      });
      await h.emulator.waitFor(
        () =>
          h.emulator.posts({ channel: PEOPLE.triage }).find((m) => m.ts === alert.ts && m.text.includes('4 customers')),
        5000,
        'updated alert',
      );
      expect(
        h.emulator.posts({ channel: PEOPLE.triage }).filter((m) => m.text.includes('Possible incident')),
      ).toHaveLength(1);
      // A different problem does not join it.
      await h.customerSays('The beauty filter is broken', { user: 'UINC00005' });
      await sleep(300);
      expect((await h.app.database.db.select().from(incidents))[0]!.ticketIds).toHaveLength(4);
    },
  );
});

describe('speaking with data: the call-quality source', () => {
  let server: Server;
  let h: Harness;
  const lookups: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      const id = decodeURIComponent((req.url ?? '').replace('/calls/', ''));
      lookups.push(id);
      if (id !== 'room-4471') {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          callId: id,
          packetLossPct: 12.4,
          latencyMs: 650,
          freezeCount: 3,
          freezeSeconds: 11.6,
          worstSide: 'callee',
          region: 'Singapore',
        }),
      );
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    h = await startHarness({ env: { QUALITY_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` } });
    await h.link();
  });
  afterAll(async () => {
    await h.stop();
    await new Promise((r) => server.close(r));
  });

  it('puts a plain-language summary of the measured call on the card and in the draft', async () => {
    const { ts } = await h.customerSays('Video froze again and again. Channel id: room-4471', { user: 'UQUAL0001' });
    const ticket = await eventually(
      async () => (await h.app.database.db.select().from(tickets).where(eq(tickets.rootTs, ts)))[0],
      5000,
      'ticket',
    );
    const draft = await eventually(
      async () => (await h.app.database.db.select().from(drafts).where(eq(drafts.ticketId, ticket.id)))[0],
      5000,
      'draft',
    );
    expect(lookups).toContain('room-4471');
    expect(draft.reply).toContain('We looked at that call: the video paused 3 times, about 12 seconds in all');
    expect(draft.reply).toContain('12 in every 100');
    expect(draft.findings).toEqual([]);
    const card = await h.emulator.waitFor(
      () =>
        h.cards().find((c) => c.text.startsWith(`#${ticket.id} `) && JSON.stringify(c.blocks).includes(':bar_chart:')),
      5000,
      'card with quality',
    );
    expect(JSON.stringify(card.blocks)).toContain('the video paused 3 times');
  });

  it('drafts as usual when the source does not know the call', async () => {
    const { ts } = await h.customerSays('Calls drop, call id: zz-0001', { user: 'UQUAL0002' });
    const ticket = await eventually(
      async () => (await h.app.database.db.select().from(tickets).where(eq(tickets.rootTs, ts)))[0],
      5000,
      'ticket',
    );
    const draft = await eventually(
      async () => (await h.app.database.db.select().from(drafts).where(eq(drafts.ticketId, ticket.id)))[0],
      5000,
      'draft',
    );
    expect(draft.reply).not.toContain('We looked at that call');
  });
});
