import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { drafts, messages, tickets } from '../../src/db/schema/index.js';
import { IDS } from '../../src/ids.js';
import { eventually } from '../support/eventually.js';
import { PEOPLE, startHarness, type Harness } from '../support/harness.js';
import { GOOD_CLASSIFICATION, OpenAIStub } from '../support/openai-stub.js';
import { cardWithDraft, ticketFor } from './drafting-support.js';

/**
 * Agents who read only English, a customer who writes only Indonesian, and a model stub that translates the test
 * sentences from its dictionary (test/support/openai-stub.ts). The customer must receive Indonesian, the agents must
 * read English, and a translation that loses the ticket number must send nothing.
 */
const COMPLAINT = 'Panggilan video terus terputus sejak pagi, nomor ruangan room-4471.';
const COMPLAINT_EN = 'Video calls keep dropping since this morning, room number room-4471.';
const REPLY =
  'I am sorry your calls keep dropping. Your ticket #{ticket} is with our engineers, who are checking room-4471 ' +
  'now; we will update you here within 1 hour.';
const REPLY_ID =
  'Mohon maaf panggilan Anda terus terputus. Tiket #{ticket} Anda sedang ditangani teknisi kami, yang sedang ' +
  'memeriksa room-4471; kami akan mengabari Anda di sini dalam 1 jam.';

describe('two-way translation with a model', () => {
  const stub = new OpenAIStub();
  let h: Harness;
  beforeAll(async () => {
    await stub.start();
    h = await startHarness({
      env: {
        OPENAI_API_KEY: 'sk-test-key-not-real',
        OPENAI_BASE_URL: stub.url,
        OPENAI_MODEL: 'stub-model',
        DRAFT_TIMEOUT: '2s',
        AGENT_LANGUAGE: 'en',
      },
    });
    await h.app.model!.ready();
    await h.link();
  });
  afterAll(async () => {
    await h.stop();
    await stub.stop();
  });
  beforeEach(() => {
    stub.mode = 'good';
    stub.dropTicketNumbers = false;
    stub.replyTemplate = REPLY;
    stub.dictionary.clear();
    stub.dictionary.set(COMPLAINT, COMPLAINT_EN);
    stub.requests.length = 0;
    stub.classification = GOOD_CLASSIFICATION;
  });

  const click = (cardTs: string, actionId: string, value: string, userId: string = PEOPLE.agent) =>
    h.slack.blockAction({ userId, channelId: PEOPLE.triage, messageTs: cardTs, actionId, value });

  /** A new Indonesian ticket, its card with an English draft, and the texts that ticket's number makes. */
  async function indonesianTicket(user: string) {
    const { ts } = await h.customerSays(COMPLAINT, { user });
    const ticket = await ticketFor(h, ts);
    const reply = REPLY.replaceAll('{ticket}', String(ticket.id));
    const replyId = REPLY_ID.replaceAll('{ticket}', String(ticket.id));
    stub.dictionary.set(reply, replyId);
    return { ts, ticket, reply, replyId };
  }

  it('shows the agent English, sends the customer Indonesian, and the card shows both', async () => {
    const { ts, ticket, reply, replyId } = await indonesianTicket('UCUSTID01');
    expect(ticket.language).toBe('id');
    const { card, draft } = await cardWithDraft(h, ticket.id);
    // The draft is in the agents' language, tone-checked there, and says it will be translated.
    expect(draft).toMatchObject({ source: 'model', language: 'en', reply });
    expect(draft.findings.filter((f) => f.severity === 'serious')).toEqual([]);
    // The customer's words show translated, marked, with the original a click away.
    const shown = await h.emulator.waitFor(
      () => h.cards().find((c) => c.ts === card.ts && JSON.stringify(c.blocks).includes(COMPLAINT_EN)),
      10_000,
      'card with the translated complaint',
    );
    const json = JSON.stringify(shown.blocks);
    expect(json).toContain('translated from Indonesian');
    expect(json).toContain('translated into Indonesian and checked when approved');
    expect(json).toContain(IDS.actions.showOriginal);
    expect(json).not.toContain(COMPLAINT);

    await click(card.ts, IDS.actions.showOriginal, JSON.stringify({ t: ticket.id }));
    const modal = await h.emulator.waitFor(
      () =>
        h.emulator.views.find((v) => v.method === 'views.open' && JSON.stringify(v.view.title).includes('Original')),
      5000,
      'original messages modal',
    );
    expect(JSON.stringify(modal.view)).toContain(COMPLAINT);

    await click(card.ts, IDS.actions.approve, JSON.stringify({ t: ticket.id, d: draft.id }));
    const sent = await h.emulator.waitFor(
      () => h.emulator.posts({ thread_ts: ts }).find((m) => m.text === replyId),
      10_000,
      'Indonesian reply in the customer thread',
    );
    expect(h.emulator.posts({ thread_ts: ts }).some((m) => m.text === reply)).toBe(false);
    const row = await eventually(
      async () =>
        (await h.app.database.db.select().from(drafts).where(eq(drafts.id, draft.id))).find((d) => d.status === 'sent'),
      5000,
      'draft marked sent',
    );
    expect(row).toMatchObject({ status: 'sent', outgoing: replyId, outgoingLanguage: 'id' });
    // The translation request went out as structured output with the reply, and the card shows what went out.
    expect(stub.translationRequests().some((r) => JSON.stringify(r).includes('room-4471'))).toBe(true);
    await h.emulator.waitFor(
      () =>
        h
          .cards()
          .find(
            (c) =>
              c.ts === card.ts &&
              JSON.stringify(c.blocks).includes('Sent to the customer') &&
              JSON.stringify(c.blocks).includes(replyId.slice(0, 40)),
          ),
      10_000,
      'card showing what went out',
    );
    expect(sent.thread_ts).toBe(ts);
    const [after] = await h.app.database.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(after!.firstRespondedAt).not.toBeNull();
  });

  it('refuses a translation that dropped the ticket number: nothing is sent and the card says why', async () => {
    const { ts, ticket, reply } = await indonesianTicket('UCUSTID02');
    const { card, draft } = await cardWithDraft(h, ticket.id);
    expect(draft.reply).toBe(reply);
    stub.dropTicketNumbers = true;
    await click(card.ts, IDS.actions.approve, JSON.stringify({ t: ticket.id, d: draft.id }));
    const returned = await eventually(
      async () => {
        const [row] = await h.app.database.db.select().from(drafts).where(eq(drafts.id, draft.id));
        return row?.status === 'proposed' && row.translationNote ? row : undefined;
      },
      10_000,
      'draft returned unsent',
    );
    expect(returned.translationNote).toContain(`#${ticket.id}`);
    expect(returned.outgoing).toBeNull();
    await h.emulator.waitFor(
      () =>
        h
          .cards()
          .find((c) => c.ts === card.ts && JSON.stringify(c.blocks).includes('Not sent: the translation lost ticket')),
      10_000,
      'card saying why',
    );
    await new Promise((r) => setTimeout(r, 300));
    // Only the receipt is in the customer's thread.
    const thread = h.emulator.posts({ thread_ts: ts });
    expect(thread).toHaveLength(1);
    expect(thread[0]!.text).toContain(`#${ticket.id}`);
    const [after] = await h.app.database.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(after!.firstRespondedAt).toBeNull();

    // Once the model keeps the number, approving again sends it.
    stub.dropTicketNumbers = false;
    await click(card.ts, IDS.actions.approve, JSON.stringify({ t: ticket.id, d: draft.id }));
    await h.emulator.waitFor(
      () => h.emulator.posts({ thread_ts: ts }).find((m) => m.text.includes(`Tiket #${ticket.id}`)),
      10_000,
      'reply after the second approval',
    );
  });

  it("translates an agent's edit, written in the agents' language, when it is sent", async () => {
    const { ts, ticket } = await indonesianTicket('UCUSTID06');
    const { card, draft } = await cardWithDraft(h, ticket.id);
    await click(card.ts, IDS.actions.edit, JSON.stringify({ t: ticket.id, d: draft.id }));
    const modal = await h.emulator.waitFor(
      () =>
        h.emulator.views.find(
          (v) => v.method === 'views.open' && JSON.stringify(v.view.private_metadata ?? '').includes(String(draft.id)),
        ),
      5000,
      'edit modal',
    );
    expect(JSON.stringify(modal.view)).toContain(draft.reply.slice(0, 30));
    expect(JSON.stringify(modal.view)).toContain('Written in English; translated into Indonesian');
    const edit = `Thanks for waiting. Ticket #${ticket.id}: we are checking room-4471 and will write again by 3 pm.`;
    const translated = `Tiket #${ticket.id}: kami sedang memeriksa room-4471 dan akan menulis lagi pukul 15.00.`;
    stub.dictionary.set(edit, translated);
    const submitted = await h.slack.viewSubmission({
      userId: PEOPLE.agent,
      callbackId: IDS.views.editDraft,
      privateMetadata: JSON.stringify({ draftId: draft.id }),
      values: { [IDS.blocks.draftText]: { [IDS.inputs.draftText]: { type: 'plain_text_input', value: edit } } },
    });
    expect(submitted.status).toBe(200);
    await h.emulator.waitFor(
      () => h.emulator.posts({ thread_ts: ts }).find((m) => m.text === translated),
      10_000,
      'translated edit in the customer thread',
    );
    expect(h.emulator.posts({ thread_ts: ts }).some((m) => m.text === edit)).toBe(false);
  });

  it('lets the model classify a new ticket, and shows both when the rules disagree', async () => {
    stub.classification = { ...GOOD_CLASSIFICATION, category: 'crash', urgent: false, confidence: 0.8 };
    const { ticket } = await indonesianTicket('UCUSTID05');
    const { card } = await cardWithDraft(h, ticket.id);
    const [row] = await h.app.database.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(row).toMatchObject({ category: 'crash', classifiedBy: 'model' });
    expect(row!.classification).toMatchObject({ rules: { category: 'connectivity' }, decidedBy: 'model' });
    await h.emulator.waitFor(
      () =>
        h
          .cards()
          .find(
            (c) => c.ts === card.ts && JSON.stringify(c.blocks).includes('Rules: Connectivity · High — Model: Crash'),
          ),
      10_000,
      'card with both classifications',
    );
    expect(stub.classificationRequests()).toHaveLength(1);
  });

  it('with the model down: a built-in draft in the customer language, sent as it is; the card says so', async () => {
    stub.mode = 'error500';
    const { ts, ticket } = await indonesianTicket('UCUSTID03');
    const { card, draft } = await cardWithDraft(h, ticket.id);
    expect(draft).toMatchObject({ source: 'rules', language: 'id' });
    expect(draft.fallbackReason).toContain('HTTP 500');
    const shown = await h.emulator.waitFor(
      () => h.cards().find((c) => c.ts === card.ts && JSON.stringify(c.blocks).includes('not translated')),
      10_000,
      'card with the note',
    );
    const json = JSON.stringify(shown.blocks);
    expect(json).toContain('This draft is in Indonesian');
    expect(json).toContain(COMPLAINT);
    const [msg] = await h.app.database.db.select().from(messages).where(eq(messages.ts, ts));
    expect(msg!.translation).toBeNull();

    await click(card.ts, IDS.actions.approve, JSON.stringify({ t: ticket.id, d: draft.id }));
    await h.emulator.waitFor(
      () => h.emulator.posts({ thread_ts: ts }).find((m) => m.text.length > 0 && m.text === draft.reply),
      10_000,
      'built-in reply sent as it is',
    );
  });
});

describe('without a model', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { AGENT_LANGUAGE: 'en' } });
    await h.link();
  });
  afterAll(() => h.stop());

  it('says translation needs a model; the built-in draft and the receipt are in the customer language', async () => {
    const { ts } = await h.customerSays(COMPLAINT, { user: 'UCUSTID04' });
    const ticket = await ticketFor(h, ts);
    const { card, draft } = await cardWithDraft(h, ticket.id);
    expect(draft).toMatchObject({ source: 'rules', language: 'id' });
    const json = JSON.stringify(card.blocks);
    expect(json).toContain('Translation needs a model');
    expect(json).toContain(COMPLAINT);
    const [receipt] = h.emulator.posts({ thread_ts: ts });
    expect(receipt!.text).toContain(`#${ticket.id}`);
    expect(receipt!.text).toContain('Terima kasih');
  });

  it('lets an agent set the agents’ language of the triage channel, and refuses anyone else', async () => {
    const ask = (text: string, userId: string = PEOPLE.agent) =>
      h.slack.command({ text, userId, channelId: PEOPLE.triage });
    const set = await ask('language zh');
    expect(JSON.stringify(set.json)).toContain('Agents now work in Chinese (Simplified)');
    const refused = await ask('language en', PEOPLE.customer);
    expect(JSON.stringify(refused.json)).toContain('Only support agents');
    const shown = await ask('language');
    expect(JSON.stringify(shown.json)).toContain('Agents work in Chinese (Simplified)');
    await ask('language en');
  });
});
