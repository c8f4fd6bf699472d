import { connect, type Socket } from 'node:net';
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages, outbox, slackEvents, tickets } from '../../src/db/schema/index.js';
import { SLACK_MESSAGE_TEXT_LIMIT } from '../../src/domain/message-text.js';
import { SLACK_BODY_LIMIT_BYTES } from '../../src/http/bounded-body.js';
import { eventually } from '../support/eventually.js';
import { PEOPLE, SIGNING_SECRET, startHarness, type Harness } from '../support/harness.js';
import { newTs, sign } from '../support/slack-requests.js';

/** JSON as the largest encoding could have it: every non-ASCII character and every slash escaped. */
function escapedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\//g, '\\/');
}

/**
 * A person's message at Slack's text limit, written only in `:x:` emoji: the text, and its rich_text
 * block with one element per emoji (https://docs.slack.dev/reference/block-kit/blocks/rich-text-block).
 */
function emojiMessage(ts: string, emoji = { name: 'x', unicode: '274c' }) {
  const count = Math.floor(SLACK_MESSAGE_TEXT_LIMIT / 3);
  return {
    type: 'message',
    user: PEOPLE.customer,
    team: PEOPLE.customerTeam,
    user_team: PEOPLE.customerTeam,
    source_team: PEOPLE.customerTeam,
    client_msg_id: '0837851c-2d34-4d4d-804c-7aed753c3421',
    text: `:${emoji.name}:`.repeat(count),
    ts,
    blocks: [
      {
        type: 'rich_text',
        block_id: 'YKju',
        elements: [
          {
            type: 'rich_text_section',
            elements: Array.from({ length: count }, () => ({ type: 'emoji', ...emoji })),
          },
        ],
      },
    ],
  };
}

interface RawExchange {
  status: string;
  /** Body bytes the client had written when the answer arrived. */
  sentWhenAnswered: number;
  closedByServer: boolean;
}

/**
 * A client that streams a big body slowly and watches for the answer while sending, as a well-behaved
 * HTTP client does: it stops as soon as the server answers or closes.
 */
async function streamBody(
  port: number,
  opts: { totalBytes: number; chunked: boolean; signed: boolean },
): Promise<RawExchange> {
  const socket: Socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let response = '';
  let closed = false;
  let sent = 0;
  let sentWhenAnswered = -1;
  socket.on('data', (d: Buffer) => {
    if (sentWhenAnswered < 0) sentWhenAnswered = sent;
    response += d.toString('latin1');
  });
  socket.on('close', () => {
    closed = true;
  });
  socket.on('error', () => {});
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = [
    'POST /slack/events HTTP/1.1',
    'Host: 127.0.0.1',
    'Content-Type: application/json',
    opts.chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${opts.totalBytes}`,
    ...(opts.signed
      ? [`X-Slack-Request-Timestamp: ${timestamp}`, `X-Slack-Signature: ${sign(SIGNING_SECRET, timestamp, 'x')}`]
      : []),
  ];
  socket.write(`${headers.join('\r\n')}\r\n\r\n`);
  const piece = Buffer.alloc(64 * 1024, 0x20);
  while (sent < opts.totalBytes && !response && !closed) {
    if (opts.chunked) socket.write(`${piece.length.toString(16)}\r\n`);
    socket.write(piece);
    if (opts.chunked) socket.write('\r\n');
    sent += piece.length;
    // A busy client: it only gets round to reading between pieces. The answer must still reach it.
    const busyUntil = Date.now() + 30;
    while (Date.now() < busyUntil) {}
    await new Promise((r) => setImmediate(r));
  }
  await eventually(async () => closed, 5000, 'the server to close the connection');
  return { status: response.split('\r\n')[0] ?? '', sentWhenAnswered, closedByServer: closed };
}

describe('request size: bodies larger than any real Slack payload are refused while being read', () => {
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
      messages: (await db.select().from(messages)).length,
      events: (await db.select().from(slackEvents)).length,
      // What a request can store is intake work; other jobs come and go with earlier tickets.
      intake: (await db.select().from(outbox).where(like(outbox.kind, 'intake.%'))).length,
    };
  };

  it('accepts the largest real event: an edit of a 40,000-character all-emoji message, both copies', async () => {
    const { ts } = await h.customerSays('Calls drop every few minutes', { user: 'USIZE0001' });
    const body = escapedJson(
      h.slack.envelope(
        {
          type: 'message',
          subtype: 'message_changed',
          hidden: true,
          channel: PEOPLE.customerChannel,
          ts: newTs(),
          message: { ...emojiMessage(ts), edited: { user: PEOPLE.customer, ts: newTs() } },
          // What it said before the edit, just as long (an edit that changes nothing is not taken in).
          previous_message: emojiMessage(ts, { name: 'o', unicode: '2b55' }),
          event_ts: newTs(),
          channel_type: 'channel',
        },
        { shared: true },
      ),
    );
    expect(body.length).toBeGreaterThan(1_200_000);
    expect(body.length).toBeLessThan(SLACK_BODY_LIMIT_BYTES);
    const res = await h.slack.post(body, 'application/json');
    expect(res.status).toBe(200);
    await h.settle();
    const [stored] = await h.app.database.db.select().from(messages).where(eq(messages.ts, ts));
    expect(stored!.text.startsWith(':x::x:')).toBe(true);
  });

  it('refuses an oversized signed body with 413 and stores nothing', async () => {
    const before = await counts();
    const event = {
      type: 'message',
      channel: PEOPLE.customerChannel,
      user: PEOPLE.customer,
      user_team: PEOPLE.customerTeam,
      text: `Calls drop ${'x'.repeat(SLACK_BODY_LIMIT_BYTES)}`,
      ts: newTs(),
    };
    const res = await h.slack.event(event, { shared: true });
    expect(res.status).toBe(413);
    await new Promise((r) => setTimeout(r, 200));
    expect(await counts()).toEqual(before);
  });

  it('refuses an oversized unsigned body with 413 before looking at its signature', async () => {
    const before = await counts();
    const body = JSON.stringify({ type: 'event_callback', padding: 'x'.repeat(SLACK_BODY_LIMIT_BYTES) });
    const res = await fetch(`${h.baseUrl}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(413);
    expect(await counts()).toEqual(before);
  });

  it('takes a body exactly at the limit to the signature check (401 unsigned), one byte more is 413', async () => {
    const at = `{"p":"${'x'.repeat(SLACK_BODY_LIMIT_BYTES - 8)}"}`;
    expect(at.length).toBe(SLACK_BODY_LIMIT_BYTES);
    const unsigned = (body: string) =>
      fetch(`${h.baseUrl}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect((await unsigned(at)).status).toBe(401);
    expect((await unsigned(`${at} `)).status).toBe(413);
  });

  it('answers 413 to a declared oversized length before the body is sent, and closes', async () => {
    const exchange = await streamBody(h.app.port!, { totalBytes: 16 * 1024 * 1024, chunked: false, signed: true });
    expect(exchange.status).toBe('HTTP/1.1 413 Payload Too Large');
    expect(exchange.closedByServer).toBe(true);
    // The answer came while the client was still at the start of a 16 MB body.
    expect(exchange.sentWhenAnswered).toBeLessThan(2 * 1024 * 1024);
  });

  it('answers 413 to a chunked body as soon as it passes the limit, and closes before the rest is sent', async () => {
    const before = await counts();
    const total = 16 * 1024 * 1024;
    const exchange = await streamBody(h.app.port!, { totalBytes: total, chunked: true, signed: false });
    expect(exchange.status).toBe('HTTP/1.1 413 Payload Too Large');
    expect(exchange.closedByServer).toBe(true);
    expect(exchange.sentWhenAnswered).toBeGreaterThan(SLACK_BODY_LIMIT_BYTES);
    expect(exchange.sentWhenAnswered).toBeLessThan(SLACK_BODY_LIMIT_BYTES + 2 * 1024 * 1024);
    expect(await counts()).toEqual(before);
  });

  it('keeps serving after refusals: /healthz and a normal complaint still work', async () => {
    expect((await fetch(`${h.baseUrl}/healthz`)).status).toBe(200);
    const { status } = await h.customerSays('The video keeps freezing on Wi-Fi', { user: 'USIZE0002' });
    expect(status).toBe(200);
  });

  it('cuts message text beyond Slack 40,000 characters with a visible note, and still opens the ticket', async () => {
    const long = `Calls keep dropping. ${'卡顿了 '.repeat(15_000)}`;
    expect(long.length).toBeGreaterThan(SLACK_MESSAGE_TEXT_LIMIT);
    const { ts, status } = await h.customerSays(long, { user: 'USIZE0003' });
    expect(status).toBe(200);
    const [stored] = await h.app.database.db.select().from(messages).where(eq(messages.ts, ts));
    expect(stored!.text.length).toBeLessThanOrEqual(SLACK_MESSAGE_TEXT_LIMIT);
    expect(stored!.text.startsWith('Calls keep dropping. 卡顿了')).toBe(true);
    expect(stored!.text).toMatch(/\[Message cut here: [\d,]+ more characters were not kept\.\]$/);
    const dropped = Number(stored!.text.match(/([\d,]+) more characters/)![1]!.replace(/,/g, ''));
    expect(stored!.text.indexOf('\n\n[Message cut') + dropped).toBe(long.length);
    const [ticket] = await h.app.database.db.select().from(tickets).where(eq(tickets.rootTs, ts));
    expect(ticket).toBeDefined();
  });
});
