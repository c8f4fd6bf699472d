import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages, tickets, slackEvents } from '../../src/db/schema/index.js';
import { PEOPLE, startHarness, type Harness } from '../support/harness.js';

describe('intake: complaints in a shared channel become tickets', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.link();
  });
  afterAll(() => h.stop());

  const db = () => h.app.database.db;

  it('opens one ticket for an English complaint, with an English receipt in the thread and a card', async () => {
    const { ts, status } = await h.customerSays('Our video calls keep dropping every few minutes since this morning');
    expect(status).toBe(200);
    const [ticket] = await db().select().from(tickets).where(eq(tickets.rootTs, ts));
    expect(ticket).toMatchObject({
      category: 'connectivity',
      priority: 'high',
      language: 'en',
      status: 'waiting_on_us',
    });
    const receipt = await h.emulator.waitFor(
      () => h.emulator.posts({ channel: PEOPLE.customerChannel, thread_ts: ts })[0],
      5000,
      'receipt',
    );
    expect(receipt.text).toContain(`#${ticket!.id}`);
    expect(receipt.text).toMatch(/within 15 minutes/);
    expect(receipt.text).toMatch(/connection problem/);
    const card = await h.emulator.waitFor(
      () => h.cards().find((c) => c.text.startsWith(`#${ticket!.id} `)),
      5000,
      'card',
    );
    expect(card.text).toContain('Connectivity');
    expect(JSON.stringify(card.blocks)).toContain('keep dropping');
  });

  it('opens one ticket for a Chinese complaint, with a Chinese receipt', async () => {
    const { ts } = await h.customerSays('视频通话一直卡顿，画面很模糊，声音也有回声', { user: PEOPLE.customer2 });
    const [ticket] = await db().select().from(tickets).where(eq(tickets.rootTs, ts));
    expect(ticket).toMatchObject({ category: 'av_quality', priority: 'medium_high', language: 'zh' });
    const receipt = await h.emulator.waitFor(
      () => h.emulator.posts({ channel: PEOPLE.customerChannel, thread_ts: ts })[0],
      5000,
      'receipt',
    );
    expect(receipt.text).toContain(`工单 *#${ticket!.id}*`);
    expect(receipt.text).toContain('30分钟内');
  });

  it('opens nothing for a pleasantry', async () => {
    const before = (await db().select().from(tickets)).length;
    for (const text of ['thanks!', '好的 👍', 'ok thank you', '谢谢']) {
      const res = await h.customerSays(text, { user: 'UCUST0099' });
      expect(res.status).toBe(200);
    }
    expect((await db().select().from(tickets)).length).toBe(before);
  });

  it('stores a redelivered event once: retry headers and the same event_id create nothing twice', async () => {
    const before = (await db().select().from(tickets)).length;
    const eventId = 'EvREDELIVER1';
    const first = await h.customerSays('The app crashes whenever I start screen sharing', {
      eventId,
      user: 'UCUST0010',
    });
    const again = await h.customerSays('The app crashes whenever I start screen sharing', {
      eventId,
      ts: first.ts,
      retryNum: 1,
      user: 'UCUST0010',
    });
    expect(again.status).toBe(200);
    expect((await db().select().from(tickets)).length).toBe(before + 1);
    expect((await db().select().from(messages).where(eq(messages.ts, first.ts))).length).toBe(1);
    // Same message under a new event id (Slack sometimes does this) still changes nothing.
    await h.customerSays('The app crashes whenever I start screen sharing', { ts: first.ts, user: 'UCUST0010' });
    expect((await db().select().from(tickets)).length).toBe(before + 1);
    await h.emulator.waitFor(() => h.emulator.posts({ thread_ts: first.ts }).length === 1, 5000, 'one receipt');
    await new Promise((r) => setTimeout(r, 300));
    expect(h.emulator.posts({ thread_ts: first.ts })).toHaveLength(1);
  });

  it('answers 401 to a forged or stale signature and stores nothing', async () => {
    const ticketsBefore = (await db().select().from(tickets)).length;
    const eventsBefore = (await db().select().from(slackEvents)).length;
    const event = {
      type: 'message',
      channel: PEOPLE.customerChannel,
      user: PEOPLE.customer,
      user_team: PEOPLE.customerTeam,
      text: 'calls drop all the time',
      ts: '1700000000.000100',
    };
    const forged = await h.slack.event(event, { secret: 'not-the-secret', shared: true });
    const stale = await h.slack.event(event, { timestamp: Math.floor(Date.now() / 1000) - 60 * 10, shared: true });
    expect(forged.status).toBe(401);
    expect(stale.status).toBe(401);
    expect((await db().select().from(tickets)).length).toBe(ticketsBefore);
    expect((await db().select().from(slackEvents)).length).toBe(eventsBefore);
  });

  it('joins a burst from one person into one ticket, and thread replies join it too', async () => {
    const first = await h.customerSays('Hi, we have a problem with calls', { user: 'UCUST0020' });
    const second = await h.customerSays('they freeze for a few seconds on iPhone 13 over 4G', { user: 'UCUST0020' });
    const rows = await db().select().from(tickets).where(eq(tickets.customerUserId, 'UCUST0020'));
    expect(rows).toHaveLength(1);
    const joined = await db().select().from(messages).where(eq(messages.ticketId, rows[0]!.id));
    expect(joined.map((m) => m.ts).sort()).toEqual([first.ts, second.ts].sort());
    // The burst upgraded an unclassified opener to what the second message said.
    expect(rows[0]!.category).toBe('av_quality');
    expect(rows[0]!.facts).toMatchObject({ device: 'iPhone 13', network: '4G' });
    await h.customerSays('It happens in live co-hosting mostly', { user: 'UCUST0020', threadTs: first.ts });
    const after = await db().select().from(messages).where(eq(messages.ticketId, rows[0]!.id));
    expect(after).toHaveLength(3);
  });

  it("ignores the app's own and other bots' messages and messages in unlinked channels", async () => {
    const before = (await db().select().from(tickets)).length;
    await h.slack.event(
      {
        type: 'message',
        channel: PEOPLE.customerChannel,
        bot_id: 'BOTHER',
        user: 'UOTHERBOT',
        text: 'calls dropping alert',
        ts: '1700000001.000100',
      },
      { shared: true },
    );
    await h.slack.event({
      type: 'message',
      subtype: 'bot_message',
      channel: PEOPLE.customerChannel,
      bot_id: h.emulator.botId,
      text: 'calls dropping',
      ts: '1700000002.000100',
    });
    await h.customerSays('video keeps freezing', { channel: 'CUNLINKED1' });
    expect((await db().select().from(tickets)).length).toBe(before);
    // Not even intake work is stored for a channel we do not serve.
    const { outbox } = await import('../../src/db/schema/index.js');
    const { like } = await import('drizzle-orm');
    expect(await db().select().from(outbox).where(like(outbox.onceKey, 'intake:CUNLINKED1:%'))).toHaveLength(0);
  });

  it('reflects edits and deletions on the ticket and its card', async () => {
    const { ts } = await h.customerSays('Calls drop constantly', { user: 'UCUST0030' });
    const [ticket] = await db().select().from(tickets).where(eq(tickets.rootTs, ts));
    await h.emulator.waitFor(() => h.cards().find((c) => c.text.startsWith(`#${ticket!.id} `)), 5000, 'card');
    await h.slack.event(
      {
        type: 'message',
        subtype: 'message_changed',
        channel: PEOPLE.customerChannel,
        ts: String(Number(ts) + 5),
        message: {
          type: 'message',
          user: 'UCUST0030',
          text: 'Calls drop constantly on Wi-Fi at home, Samsung S23',
          ts,
          edited: { user: 'UCUST0030', ts: String(Number(ts) + 5) },
        },
      },
      { shared: true },
    );
    await h.settle();
    const [edited] = await db().select().from(messages).where(eq(messages.ts, ts));
    expect(edited!.text).toContain('Samsung S23');
    expect(edited!.editedAt).not.toBeNull();
    const [t2] = await db().select().from(tickets).where(eq(tickets.id, ticket!.id));
    expect(t2!.facts).toMatchObject({ network: 'Wi-Fi', place: 'home' });
    await h.emulator.waitFor(
      () =>
        h.cards().find((c) => c.text.startsWith(`#${ticket!.id} `) && JSON.stringify(c.blocks).includes('Samsung S23')),
      5000,
      'edited card',
    );
    await h.slack.event(
      {
        type: 'message',
        subtype: 'message_deleted',
        channel: PEOPLE.customerChannel,
        ts: String(Number(ts) + 9),
        deleted_ts: ts,
      },
      { shared: true },
    );
    await h.settle();
    const [deleted] = await db().select().from(messages).where(eq(messages.ts, ts));
    expect(deleted!.deletedAt).not.toBeNull();
    await h.emulator.waitFor(
      () =>
        h
          .cards()
          .find(
            (c) => c.text.startsWith(`#${ticket!.id} `) && JSON.stringify(c.blocks).includes('deleted by the customer'),
          ),
      5000,
      'card shows deletion',
    );
  });
});
