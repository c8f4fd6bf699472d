import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages, outbox, slackEvents, tickets } from '../../src/db/schema/index.js';
import { SLACK_MESSAGE_TEXT_LIMIT } from '../../src/domain/message-text.js';
import { IDS } from '../../src/ids.js';
import { eventually } from '../support/eventually.js';
import { PEOPLE, SIGNING_SECRET, startHarness, type Harness } from '../support/harness.js';
import { sign } from '../support/slack-requests.js';

describe('bad input gets a clear answer and changes nothing', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.link();
  });
  afterAll(() => h.stop());

  const counts = async () => {
    const db = h.app.database.db;
    return {
      tickets: (await db.select().from(tickets)).length,
      events: (await db.select().from(slackEvents)).length,
      jobs: (await db.select().from(outbox)).length,
    };
  };

  it('answers malformed JSON with a client error and stores nothing', async () => {
    const before = await counts();
    const res = await h.slack.post('{"type":"event_callback","event":', 'application/json');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await counts()).toEqual(before);
  });

  it('acknowledges unknown payload and event types without acting on them', async () => {
    const before = await counts();
    const unknownInteraction = await h.slack.interaction({
      type: 'mystery_payload',
      user: { id: PEOPLE.agent },
      team: { id: h.emulator.teamId },
    });
    expect(unknownInteraction.status).toBeLessThan(500);
    const unknownEvent = await h.slack.event({ type: 'emoji_changed', subtype: 'add', name: 'party' });
    expect(unknownEvent.status).toBe(200);
    const unknownAction = await h.slack.blockAction({
      userId: PEOPLE.agent,
      channelId: PEOPLE.triage,
      messageTs: '1.1',
      actionId: 'not_an_action_of_ours',
      value: 'x',
    });
    expect(unknownAction.status).toBeLessThan(500);
    // Answered by the action router, not left to Bolt's unhandled-request timeout (about 3 s).
    expect(unknownAction.ms).toBeLessThan(2000);
    expect(await counts()).toEqual(before);
  });

  it('answers a card action whose value was tampered with in plain words, and changes nothing', async () => {
    const before = await counts();
    const res = await h.slack.blockAction({
      userId: PEOPLE.agent,
      channelId: PEOPLE.triage,
      messageTs: '1.1',
      actionId: IDS.actions.approve,
      value: '{"t":"DROP TABLE"}',
    });
    expect(res.status).toBe(200);
    await h.emulator.waitFor(
      () => h.emulator.ephemerals.find((e) => e.text.includes('cannot read')),
      5000,
      'explanation',
    );
    const missing = await h.slack.blockAction({
      userId: PEOPLE.agent,
      channelId: PEOPLE.triage,
      messageTs: '1.1',
      actionId: IDS.actions.approve,
      value: JSON.stringify({ t: 999999, d: 999999 }),
    });
    expect(missing.status).toBe(200);
    await h.emulator.waitFor(
      () => h.emulator.ephemerals.find((e) => e.text.includes('no longer exists')),
      5000,
      'not found explanation',
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses forged, stale and replayed-with-old-timestamp signatures with 401', async () => {
    const before = await counts();
    const body = JSON.stringify(
      h.slack.envelope({
        type: 'message',
        channel: PEOPLE.customerChannel,
        user: PEOPLE.customer,
        text: 'calls drop',
        ts: '1700000100.000100',
      }),
    );
    const old = Math.floor(Date.now() / 1000) - 6 * 60;
    const replay = await fetch(`${h.baseUrl}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-slack-request-timestamp': String(old),
        'x-slack-signature': sign(SIGNING_SECRET, old, body),
      },
      body,
    });
    expect(replay.status).toBe(401);
    const now = Math.floor(Date.now() / 1000);
    const tampered = await fetch(`${h.baseUrl}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-slack-request-timestamp': String(now),
        'x-slack-signature': sign(SIGNING_SECRET, now, body),
      },
      body: body.replace('calls drop', 'calls drop!'),
    });
    expect(tampered.status).toBe(401);
    const unsigned = await fetch(`${h.baseUrl}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(unsigned.status).toBe(401);
    expect(await counts()).toEqual(before);
  });

  it(
    'keeps a huge message up to Slack 40,000 characters in the database and inside Slack limits on the ' + 'card',
    async () => {
      const huge = `Calls drop constantly. ${'这段视频一直卡顿 and the audio echoes. '.repeat(1500)}`;
      const { ts, status } = await h.customerSays(huge, { user: 'UBAD00001' });
      expect(status).toBe(200);
      const [stored] = await h.app.database.db.select().from(messages).where(eq(messages.ts, ts));
      expect(stored!.text.length).toBeLessThanOrEqual(SLACK_MESSAGE_TEXT_LIMIT);
      expect(stored!.text.length).toBeGreaterThan(SLACK_MESSAGE_TEXT_LIMIT - 100);
      expect(huge.startsWith(stored!.text.slice(0, stored!.text.indexOf('\n\n[Message cut here')))).toBe(true);
      const [ticket] = await h.app.database.db.select().from(tickets).where(eq(tickets.rootTs, ts));
      const card = await h.emulator.waitFor(
        () =>
          h
            .cards()
            .find((c) => c.text.startsWith(`#${ticket!.id} `) && JSON.stringify(c.blocks).includes('Suggested reply')),
        10_000,
        'card',
      );
      for (const block of card.blocks as Array<Record<string, any>>)
        if (block.text?.text) expect(block.text.text.length).toBeLessThanOrEqual(3000);
      expect(card.text.length).toBeLessThan(400);
    },
  );

  it('handles odd Unicode (RTL marks, zero-width joiners, combining marks, emoji) and mentions safely', async () => {
    const odd = 'Calls drop \u202Eesrever\u202C \u200d👩‍👩‍👧‍👦 Z̷̢͓a̸͈l̵g̶o 𝓜𝓪𝓽𝓱 <!channel> @here <@UEVIL> *bold*';
    const { ts, status } = await h.customerSays(odd, { user: 'UBAD00002' });
    expect(status).toBe(200);
    const [ticket] = await eventually(
      async () => h.app.database.db.select().from(tickets).where(eq(tickets.rootTs, ts)),
      5000,
      'ticket',
    );
    const card = await h.emulator.waitFor(
      () => h.cards().find((c) => c.text.startsWith(`#${ticket!.id} `)),
      5000,
      'card',
    );
    const json = JSON.stringify(card.blocks);
    expect(json).not.toContain('<!channel>');
    expect(json).toContain('&lt;!channel&gt;');
    expect(json).toContain('esrever');
  });

  it('takes in a message with characters PostgreSQL refuses (NUL, half a surrogate pair), cleaned', async () => {
    const { ts, status } = await h.customerSays('Video freezes\u0000 on the \ud83d call', { user: 'UBAD00004' });
    expect(status).toBe(200);
    const [ticket] = await eventually(
      async () => h.app.database.db.select().from(tickets).where(eq(tickets.rootTs, ts)),
      5000,
      'ticket',
    );
    const [message] = await h.app.database.db.select().from(messages).where(eq(messages.ts, ts));
    expect(message!.text).toBe('Video freezes on the \ufffd call');
    await h.emulator.waitFor(
      () =>
        h.emulator
          .posts({ channel: PEOPLE.customerChannel, thread_ts: ts })
          .find((p) => p.text.includes(`#${ticket!.id}`)),
      5000,
      'receipt',
    );
  });

  it('ignores messages in channels that are not linked', async () => {
    const before = await counts();
    await h.customerSays('Calls drop everywhere', { channel: 'CNOTLINKED', user: 'UBAD00003' });
    expect((await counts()).tickets).toBe(before.tickets);
  });
});

describe('observability', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.link();
  });
  afterAll(() => h.stop());

  it('/healthz reports the database', async () => {
    const res = await fetch(`${h.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: h.app.database.kind });
  });

  it('/metrics speaks the Prometheus format: tickets by state, outbox, Slack errors and retries, drafts', async () => {
    h.emulator.fail('chat.postMessage', { status: 429, retryAfter: 1 });
    const { ts } = await h.customerSays('Calls drop on 5G', { user: 'UOBS00001' });
    await h.emulator.waitFor(() => h.emulator.posts({ thread_ts: ts })[0], 10_000, 'receipt');
    await eventually(
      async () => (await (await fetch(`${h.baseUrl}/metrics`)).text()).includes('complaint_desk_draft_seconds_count'),
      5000,
      'draft metric',
    );
    const text = await (await fetch(`${h.baseUrl}/metrics`)).text();
    expect(text).toMatch(/^# TYPE complaint_desk_tickets gauge$/m);
    expect(text).toMatch(/^complaint_desk_tickets\{state="waiting_on_us"\} 1$/m);
    expect(text).toMatch(/^complaint_desk_outbox_pending \d+$/m);
    expect(text).toMatch(/^complaint_desk_outbox_oldest_pending_seconds [\d.]+$/m);
    expect(text).toMatch(
      /^complaint_desk_slack_api_errors_total\{failure="rate_limited",job="(receipt\.post|card\.sync)"\} 1$/m,
    );
    expect(text).toMatch(
      /^complaint_desk_outbox_retries_total\{kind="(receipt\.post|card\.sync)",reason="rate_limited"\} 1$/m,
    );
    expect(text).toMatch(/^complaint_desk_draft_seconds_count\{source="rules"\} 1$/m);
    expect(text).toMatch(/^# TYPE complaint_desk_sla_escalations_total counter$/m);
  });

  it('writes one JSON object per log line with request and ticket ids', async () => {
    const lines: string[] = [];
    const { createLog } = await import('../../src/logger.js');
    const logged = await startHarness({ log: createLog('info', {}, (l) => lines.push(l)) });
    try {
      await logged.link();
      await logged.customerSays('Calls keep dropping', { user: 'UOBS00002', eventId: 'EvLOGTEST1' });
      const entry = lines.map((l) => JSON.parse(l)).find((e) => e.msg === 'message handled');
      expect(entry).toMatchObject({
        level: 'info',
        request_id: 'EvLOGTEST1',
        outcome: 'opened',
        ticket_id: expect.any(Number),
      });
      expect(lines.join('\n')).not.toContain('xoxb-test-token');
      expect(lines.join('\n')).not.toContain('test-signing-secret');
    } finally {
      await logged.stop();
    }
  });
});
