import { readFileSync } from 'node:fs';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages, outbox, tickets } from '../../src/db/schema/index.js';
import { eventually } from '../support/eventually.js';
import { PEOPLE, startHarness, type Harness } from '../support/harness.js';
import { OpenAIStub } from '../support/openai-stub.js';
import { newTs } from '../support/slack-requests.js';

interface Fixture {
  source: string;
  payload: Record<string, unknown>;
}

const fixture = (name: string): Fixture =>
  JSON.parse(readFileSync(new URL(`../fixtures/slack-events/${name}.json`, import.meta.url), 'utf8')) as Fixture;

/** Channels and workspaces in the published examples, played in our linked channel and our workspace. */
const EXAMPLE_CHANNELS = ['C123ABC456', 'C0G9QF9GZ', 'D0L4B9P0Q', 'D0442US94JD', 'C12345ABCDE', 'D987654ABCD'];
const EXAMPLE_TEAMS = [
  'T123ABC456',
  'T061EG9R6',
  'T043DB835ML',
  'T12345ABCDE',
  'TXXXXXXXX',
  'T1H9RESGL',
  'T123456ABCD',
];
const TS = /"(\d{10}\.\d{6})"/g;

describe("Slack's real event shapes, replayed signed into the running app", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.link();
  });
  afterAll(() => h.stop());
  const db = () => h.app.database.db;

  /**
   * Replays a published payload as Slack would send it: its channel becomes our linked channel, its workspace
   * ours, its timestamps fresh (the same old one always becomes the same new one, so an edit finds its
   * message), with a fresh event id; users and everything else as published.
   */
  const replay = async (
    payload: Record<string, unknown>,
    opts: { ts?: Record<string, string>; users?: Record<string, string>; keepChannel?: boolean } = {},
  ) => {
    const tsMap = new Map(Object.entries(opts.ts ?? {}));
    let json = JSON.stringify(payload).replace(TS, (_m, ts: string) => {
      if (!tsMap.has(ts)) tsMap.set(ts, newTs());
      return `"${tsMap.get(ts)}"`;
    });
    if (!opts.keepChannel) for (const c of EXAMPLE_CHANNELS) json = json.replaceAll(c, PEOPLE.customerChannel);
    for (const t of EXAMPLE_TEAMS) json = json.replaceAll(`"${t}"`, `"${h.emulator.teamId}"`);
    for (const [from, to] of Object.entries(opts.users ?? {})) json = json.replaceAll(from, to);
    const body = JSON.parse(json) as Record<string, unknown>;
    body.event_id = `Ev${newTs().replace('.', '')}`;
    body.event_time = Math.floor(Date.now() / 1000);
    const event = body.event as { channel?: string; ts?: string; text?: string; user?: string; thread_ts?: string };
    // The message is in the channel, as it is in Slack, for the app to react to.
    if (
      event.channel &&
      event.ts &&
      event.user &&
      !('subtype' in event && String(event.subtype).startsWith('message_'))
    )
      h.emulator.seedMessage({
        channel: event.channel,
        ts: event.ts,
        text: event.text ?? '',
        user: event.user,
        thread_ts: event.thread_ts,
      });
    const res = await h.slack.post(JSON.stringify(body), 'application/json');
    await h.settle();
    return { status: res.status, ts: (old: string) => tsMap.get(old)!, event: body.event as Record<string, unknown> };
  };

  const intakeRowsFor = (ts: string) =>
    db()
      .select()
      .from(outbox)
      .where(like(outbox.onceKey, `%:${ts}%`));
  const ticketAt = async (ts: string) => (await db().select().from(tickets).where(eq(tickets.rootTs, ts)))[0];
  const messageAt = async (ts: string) =>
    (
      await db()
        .select()
        .from(messages)
        .where(and(eq(messages.channelId, PEOPLE.customerChannel), eq(messages.ts, ts)))
    )[0];

  describe('taken in', () => {
    let rootTs = '';

    it('message (docs.slack.dev): a customer writing opens a ticket', async () => {
      const played = await replay(fixture('message').payload);
      expect(played.status).toBe(200);
      rootTs = played.ts('1355517523.000005');
      expect(await ticketAt(rootTs)).toMatchObject({ channelId: PEOPLE.customerChannel, customerUserId: 'U123ABC456' });
      expect((await messageAt(rootTs))!.text).toBe('Hello world');
    });

    it('message_changed: the edit reaches the ticket’s copy of the message', async () => {
      const played = await replay(fixture('message_changed').payload, { ts: { '1355517523.000005': rootTs } });
      expect(played.status).toBe(200);
      const edited = await messageAt(rootTs);
      expect(edited).toMatchObject({ text: 'Hello, world!' });
      expect(edited!.editedAt).not.toBeNull();
    });

    it('thread_broadcast: a reply also sent to the channel joins the ticket as the customer’s reply', async () => {
      const played = await replay(fixture('thread_broadcast').payload, { ts: { '1673464730.703009': rootTs } });
      expect(played.status).toBe(200);
      const reply = await messageAt(played.ts('1673464745.620769'));
      expect(reply).toMatchObject({ text: 'broadcasting this reply', role: 'customer' });
      expect(reply!.ticketId).toBe((await ticketAt(rootTs))!.id);
    });

    it('message_deleted: the ticket’s copy is marked deleted', async () => {
      const played = await replay(fixture('message_deleted').payload, { ts: { '1358878749.000002': rootTs } });
      expect(played.status).toBe(200);
      expect((await messageAt(rootTs))!.deletedAt).not.toBeNull();
    });

    it('file_share with words and an image: a ticket whose message names the image', async () => {
      const played = await replay(fixture('file_share').payload);
      const ts = played.ts('1529342088.000086');
      expect(await ticketAt(ts)).toBeDefined();
      expect((await messageAt(ts))!.text).toBe('We got one!\n\n[The customer sent an image "ghostrap.png"]');
    });

    it(
      'file_share from another organization, the file withheld (check_file_info): the words and “a ' + 'file”',
      async () => {
        const played = await replay(fixture('file_share-slack-connect').payload);
        const ts = played.ts('1670631527.874149');
        expect(await ticketAt(ts)).toBeDefined();
        expect((await messageAt(ts))!.text).toBe(
          'message message message\n\n[The customer sent a file (Slack did not share its name with us)]',
        );
      },
    );

    it('spec message_deleted of a file comment: taken as a deletion of something we never had, no error', async () => {
      const played = await replay(fixture('spec-message-deleted').payload);
      expect(played.status).toBe(200);
      const rows = await intakeRowsFor(played.ts('1512674100.000100'));
      expect(rows.map((r) => [r.kind, r.status])).toEqual([['intake.delete', 'done']]);
    });
  });

  describe('a complaint that is only a file', () => {
    const screenshotOnly = () => {
      const payload = structuredClone(fixture('file_share').payload);
      const event = payload.event as Record<string, unknown> & { files: Array<Record<string, unknown>> };
      event.text = '';
      event.user = 'UFILE0001';
      event.files[0]!.name = 'Screenshot 2026-05-04 at 10.12.03.png';
      event.files[0]!.title = 'Screenshot 2026-05-04 at 10.12.03.png';
      return payload;
    };

    it('a screenshot with no words opens a ticket; the receipt and the card say what arrived', async () => {
      const played = await replay(screenshotOnly());
      const ts = played.ts('1529342088.000086');
      const ticket = await eventually(() => ticketAt(ts), 5000, 'the ticket');
      expect((await messageAt(ts))!.text).toBe(
        '[The customer sent a screenshot "Screenshot 2026-05-04 at 10.12.03.png"]',
      );
      const receipt = await h.emulator.waitFor(
        () => h.emulator.posts({ channel: PEOPLE.customerChannel, thread_ts: ts })[0],
        10_000,
        'the receipt',
      );
      expect(receipt.text).toContain(`*#${ticket.id}*`);
      expect(receipt.text).toContain('We have your screenshot.');
      const card = await h.emulator.waitFor(
        () => h.cards().find((c) => c.text.startsWith(`#${ticket.id} `)),
        10_000,
        'card',
      );
      expect(JSON.stringify(card.blocks)).toContain('Screenshot 2026-05-04 at 10.12.03.png');
    });

    it(
      'a file Slack withholds the details of, alone: still a ticket, and the receipt says a file ' + 'arrived',
      async () => {
        const payload = structuredClone(fixture('file_share-slack-connect').payload);
        (payload.event as Record<string, unknown>).text = '';
        const played = await replay(payload, { users: { U043H11ES4V: 'UFILE0002' } });
        const ts = played.ts('1670631527.874149');
        const ticket = await eventually(() => ticketAt(ts), 5000, 'the ticket');
        const receipt = await h.emulator.waitFor(
          () => h.emulator.posts({ channel: PEOPLE.customerChannel, thread_ts: ts })[0],
          10_000,
          'the receipt',
        );
        expect(receipt.text).toContain(`*#${ticket.id}*`);
        expect(receipt.text).toContain('We have your file.');
      },
    );
  });

  describe('ignored on purpose: acknowledged, nothing stored', () => {
    const nothingStoredFor = async (played: { status: number; event: Record<string, unknown> }) => {
      expect(played.status).toBe(200);
      const ts = String(played.event.ts ?? played.event.event_ts ?? '');
      expect(ts).not.toBe('');
      expect(await intakeRowsFor(ts)).toEqual([]);
      expect(await ticketAt(ts)).toBeUndefined();
    };

    it('bot_message: an integration posting', async () => {
      await nothingStoredFor(await replay(fixture('bot_message').payload));
    });

    it('channel_join: someone joining the shared channel', async () => {
      await nothingStoredFor(await replay(fixture('channel_join').payload));
    });

    it('huddle_thread: Slackbot’s “A huddle started”', async () => {
      await nothingStoredFor(await replay(fixture('huddle_thread').payload));
    });

    it('message_replied, with its subtype and without it (as the Events API really sends it)', async () => {
      await nothingStoredFor(await replay(fixture('message_replied').payload));
      const withoutSubtype = structuredClone(fixture('message_replied').payload);
      delete (withoutSubtype.event as Record<string, unknown>).subtype;
      await nothingStoredFor(await replay(withoutSubtype));
    });

    it('assistant_app_thread: an AI assistant thread’s title changing', async () => {
      await nothingStoredFor(await replay(fixture('assistant_app_thread').payload));
    });

    it('spec message in the app’s own DM (app_home): not a linked channel', async () => {
      await nothingStoredFor(await replay(fixture('spec-message-app-home').payload, { keepChannel: true }));
    });

    it('spec reaction_added and resources_added: answered, nothing happens', async () => {
      const reaction = await replay(fixture('spec-reaction-added').payload);
      expect(reaction.status).toBe(200);
      const resources = await replay(fixture('spec-resources-added').payload);
      expect(resources.status).toBe(200);
    });

    it('a message from another organization’s bot in the shared channel', async () => {
      const ts = newTs();
      const res = await h.slack.event(
        {
          type: 'message',
          channel: PEOPLE.customerChannel,
          user: 'UTHEIRBOT',
          bot_id: 'BTHEIRBOT',
          app_id: 'ATHEIRAPP',
          team: PEOPLE.customerTeam,
          user_team: PEOPLE.customerTeam,
          text: 'Deploy finished: calls should stop dropping now',
          ts,
          channel_type: 'channel',
        },
        { shared: true },
      );
      await h.settle();
      await nothingStoredFor({ status: res.status, event: { ts } });
    });

    it('a message from this app itself', async () => {
      const ts = newTs();
      const res = await h.slack.event({
        type: 'message',
        channel: PEOPLE.customerChannel,
        user: h.emulator.botUserId,
        bot_id: h.emulator.botId,
        text: 'Thanks for letting us know, and sorry for the trouble. Calls drop.',
        ts,
        channel_type: 'channel',
      });
      await h.settle();
      await nothingStoredFor({ status: res.status, event: { ts } });
    });

    it('a link preview added to a message (message_changed with the same words) changes nothing', async () => {
      const { ts } = await h.customerSays('Calls drop, see https://status.example.com', { user: 'UUNFURL01' });
      const before = await messageAt(ts);
      const message = { type: 'message', user: 'UUNFURL01', text: 'Calls drop, see https://status.example.com', ts };
      const res = await h.slack.event({
        type: 'message',
        subtype: 'message_changed',
        hidden: true,
        channel: PEOPLE.customerChannel,
        ts: newTs(),
        message: { ...message, attachments: [{ id: 1, title: 'Status', from_url: 'https://status.example.com' }] },
        previous_message: message,
      });
      await h.settle();
      expect(res.status).toBe(200);
      expect(
        (
          await db()
            .select()
            .from(outbox)
            .where(like(outbox.onceKey, `edit:%:${ts}:%`))
        ).length,
      ).toBe(0);
      expect(await messageAt(ts)).toEqual(before);
    });

    it('a subtype Slack may add one day: ignored, not an error', async () => {
      const ts = newTs();
      const res = await h.slack.event({
        type: 'message',
        subtype: 'something_new',
        channel: PEOPLE.customerChannel,
        user: 'UNEW00001',
        text: 'calls drop',
        ts,
      });
      await h.settle();
      await nothingStoredFor({ status: res.status, event: { ts } });
    });

    it('no intake job failed or gave up on any of these shapes', async () => {
      const bad = await db().select().from(outbox).where(eq(outbox.status, 'dead'));
      expect(bad).toEqual([]);
    });
  });
});

describe('the drafter hears about a file-only complaint', () => {
  const stub = new OpenAIStub();
  let h: Harness;
  beforeAll(async () => {
    await stub.start();
    h = await startHarness({
      env: { OPENAI_API_KEY: 'sk-test-key-not-real', OPENAI_BASE_URL: stub.url, OPENAI_MODEL: 'stub-model' },
    });
    await h.app.model!.ready();
    await h.link();
  });
  afterAll(async () => {
    await h.stop();
    await stub.stop();
  });

  it('the model is told the customer sent a screenshot, by name', async () => {
    const ts = newTs();
    h.emulator.seedMessage({ channel: PEOPLE.customerChannel, ts, text: '', user: 'UFILE0003' });
    const res = await h.slack.event({
      type: 'message',
      subtype: 'file_share',
      channel: PEOPLE.customerChannel,
      user: 'UFILE0003',
      text: '',
      files: [{ id: 'F0FROZEN1', name: 'IMG_4821.PNG', title: 'IMG_4821.PNG', mimetype: 'image/png', filetype: 'png' }],
      upload: true,
      ts,
      channel_type: 'channel',
    });
    expect(res.status).toBe(200);
    const asked = await eventually(
      () =>
        stub.requests
          .map((r) => JSON.stringify(r.messages ?? []))
          .find((m) => m.includes('The customer sent a screenshot')),
      15_000,
      'a draft request naming the screenshot',
    );
    expect(asked).toContain('IMG_4821.PNG');
  });
});
