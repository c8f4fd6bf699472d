import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drafts, tickets } from '../../src/db/schema/index.js';
import { IDS } from '../../src/ids.js';
import { escapeUntrusted } from '../../src/slack/untrusted-text.js';
import { eventually } from '../support/eventually.js';
import { resolveThroughWindow } from './resolve-support.js';
import { PEOPLE, startHarness, type Harness } from '../support/harness.js';
import type { RecordedCall } from '../support/slack-emulator.js';

/**
 * One run of the whole app with hostile customers and a hostile model, then a scan of every call the app made to
 * Slack: no mention and no labelled link written by a customer or a model may reach Slack where Slack reads markup.
 */

const TOKENS = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U123>',
  '<!subteam^S123>',
  '<#C999>',
  '<https://x|y>',
  '<https://evil.example|click here>',
];
const HOSTILE = `${TOKENS.join(' ')} @channel & 👨‍👩‍👧‍👦 مرحبا`;

/** An OpenAI-compatible endpoint whose every answer is a prompt-injected draft. */
async function startHostileModel(): Promise<{ url: string; server: Server }> {
  const answer = {
    reply:
      `Thanks for telling us ${HOSTILE}. Our engineers are checking your calls and will update you here ` +
      `within 1 hour.`,
    followUps: [`Which device ${TOKENS[3]}?`, `Where were you? ${TOKENS[6]}`],
    summary: `Calls drop ${TOKENS[0]} ${TOKENS[6]}`,
    category: 'connectivity',
    confidence: 0.9,
    language: 'en',
    facts: {
      scenario: `1v1 call ${TOKENS[0]}`,
      network: TOKENS[3],
      place: null,
      device: `Pixel ${TOKENS[6]}`,
      os: TOKENS[4],
      region: `Singapore ${TOKENS[1]}`,
      time: TOKENS[5],
      callId: TOKENS[7],
    },
  };
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      if (req.method === 'GET') return void res.end(JSON.stringify({ object: 'list', data: [{ id: 'stub-model' }] }));
      res.end(
        JSON.stringify({
          id: 'chatcmpl-hostile',
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: 'stub-model',
          choices: [
            { index: 0, finish_reason: 'stop', message: { role: 'assistant', content: JSON.stringify(answer) } },
          ],
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, server };
}

/**
 * Every string of a call that Slack reads as markup: message text, mrkdwn, ids, values, metadata. Two places are
 * left out because Slack shows them exactly as written and never parses them: plain_text objects, and the text a
 * plain_text_input is prefilled with (the Edit box shows the agent the reply's own characters).
 */
function parsedStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(parsedStrings);
  if (typeof value !== 'object' || value === null) return [];
  const o = value as Record<string, unknown>;
  return Object.entries(o).flatMap(([key, v]) => {
    if (o.type === 'plain_text' && key === 'text') return [];
    if (o.type === 'plain_text_input' && key === 'initial_value') return [];
    return parsedStrings(v);
  });
}

function liveTokensIn(call: RecordedCall): string[] {
  const found = new Set<string>();
  for (const s of parsedStrings(call.args)) for (const token of TOKENS) if (s.includes(token)) found.add(token);
  return [...found];
}

describe('untrusted text in everything the app posts', () => {
  let h: Harness;
  let model: Server;

  beforeAll(async () => {
    const hostileModel = await startHostileModel();
    model = hostileModel.server;
    h = await startHarness({
      env: {
        OPENAI_API_KEY: 'sk-test-key-not-real',
        OPENAI_BASE_URL: hostileModel.url,
        OPENAI_MODEL: 'stub-model',
        DRAFT_TIMEOUT: '5s',
        SLA_FIRST_RESPONSE: 'high=2s,medium_high=2s,medium=2s',
        SLA_NEXT_RESPONSE: 'high=2s,medium_high=2s,medium=2s',
        SLA_WARN_AT: '0.5',
        ESCALATION_LEAD_AFTER: '1s',
        SWEEP_INTERVAL: '100ms',
        INCIDENT_WINDOW: '10m',
        INCIDENT_THRESHOLD: '3',
      },
    });
    await h.link();
  });

  afterAll(async () => {
    await h.stop();
    await new Promise((resolve) => model.close(resolve));
  });

  async function ticketOf(ts: string) {
    return eventually(
      async () => (await h.app.database.db.select().from(tickets).where(eq(tickets.rootTs, ts)))[0],
      10_000,
      'ticket',
    );
  }

  async function modelDraftOf(ticketId: number) {
    return eventually(
      async () =>
        (await h.app.database.db.select().from(drafts).where(eq(drafts.ticketId, ticketId))).find(
          (d) => d.status === 'proposed' && d.source === 'model',
        ),
      15_000,
      `model draft for #${ticketId}`,
    );
  }

  const cardOf = (ticketId: number, draftId: number) =>
    h.emulator.waitFor(
      () =>
        h
          .cards()
          .find((c) => c.text.startsWith(`#${ticketId} `) && JSON.stringify(c.blocks).includes(`"d\\":${draftId}`)),
      15_000,
      `card of #${ticketId}`,
    );

  it('never lets a customer or a model mention anyone or hide a link, in any call', async () => {
    // Three customers with the same hostile complaint (one of them 40 KB), which also makes an incident alert.
    const complaint = `Calls keep dropping in Singapore ${HOSTILE}`;
    const posted = [
      await h.customerSays(complaint, { user: 'UCUSTX001' }),
      await h.customerSays(`${complaint} ${HOSTILE.repeat(400)}`.slice(0, 40_000), { user: 'UCUSTX002' }),
      await h.customerSays(complaint, { user: 'UCUSTX003' }),
    ];
    const [first, second, third] = await Promise.all(posted.map((p) => ticketOf(p.ts)));
    const firstDraft = await modelDraftOf(first!.id);
    const firstCard = await cardOf(first!.id, firstDraft.id);
    // The emulator updates the card in place: keep what it showed before the approval changes it.
    const shownOnCard = JSON.stringify(firstCard.blocks);

    // An agent approves the model's draft as it is: the customer gets the reply the card showed, escaped.
    await h.slack.blockAction({
      userId: PEOPLE.agent,
      channelId: PEOPLE.triage,
      messageTs: firstCard.ts,
      actionId: IDS.actions.approve,
      value: JSON.stringify({ t: first!.id, d: firstDraft.id }),
    });
    const reply = await h.emulator.waitFor(
      () => h.emulator.posts({ thread_ts: posted[0]!.ts }).find((m) => m.text.startsWith('Thanks for telling us')),
      10_000,
      'approved reply',
    );
    expect(reply.text).toBe(escapeUntrusted(firstDraft.reply));
    expect(shownOnCard).toContain(escapeUntrusted(firstDraft.reply).slice(0, 60));

    // A non-agent's click is refused with an ephemeral; an agent edits another draft and types markup on purpose.
    const secondDraft = await modelDraftOf(second!.id);
    const secondCard = await cardOf(second!.id, secondDraft.id);
    const value = JSON.stringify({ t: second!.id, d: secondDraft.id });
    await h.slack.blockAction({
      userId: PEOPLE.customer,
      channelId: PEOPLE.triage,
      messageTs: secondCard.ts,
      actionId: IDS.actions.approve,
      value,
    });
    await h.slack.blockAction({
      userId: PEOPLE.agent,
      channelId: PEOPLE.triage,
      messageTs: secondCard.ts,
      actionId: IDS.actions.edit,
      value,
    });
    const modal = await h.emulator.waitFor(
      () => h.emulator.views.find((v) => v.method === 'views.open' && v.view.callback_id === IDS.views.editDraft),
      10_000,
      'edit modal',
    );
    const box = (modal.view.blocks as Array<{ element?: { initial_value?: string } }>)[0]!.element!;
    expect(box.initial_value).toBe(secondDraft.reply);
    const typed = `Your network is bad ${TOKENS[0]} ${TOKENS[6]} see https://status.example.com`;
    const submit = (sendAnyway: boolean) =>
      h.slack.viewSubmission({
        userId: PEOPLE.agent,
        callbackId: IDS.views.editDraft,
        privateMetadata: JSON.stringify({ draftId: secondDraft.id }),
        values: {
          [IDS.blocks.draftText]: { [IDS.inputs.draftText]: { type: 'plain_text_input', value: typed } },
          ...(sendAnyway
            ? {
                [IDS.blocks.sendAnyway]: {
                  [IDS.inputs.sendAnyway]: { type: 'checkboxes', selected_options: [{ value: 'yes' }] },
                },
              }
            : {}),
        },
      });
    const flagged = await submit(false);
    expect(flagged.json).toMatchObject({ response_action: 'update' });
    for (const token of TOKENS) expect(parsedStrings(flagged.json)).not.toContainEqual(expect.stringContaining(token));
    await submit(true);
    const edited = await h.emulator.waitFor(
      () => h.emulator.posts({ thread_ts: posted[1]!.ts }).find((m) => m.text.startsWith('Your network is bad')),
      10_000,
      'edited reply',
    );
    expect(edited.text).toBe(escapeUntrusted(typed));

    // The customer answers in the thread; the third ticket runs late and pings the engineer, then the lead.
    await h.customerSays(`Still broken ${HOSTILE}`, { threadTs: posted[0]!.ts, user: 'UCUSTX001' });
    await h.emulator.waitFor(
      () =>
        h.emulator
          .callsOf('chat.postMessage')
          .some((c) => String(c.args.text).startsWith(`:sos: <@${PEOPLE.lead}> #${third!.id} `)),
      20_000,
      'lead ping',
    );

    // Resolve, review, incident alert and Home tab.
    await resolveThroughWindow(h, { ticketId: first!.id, cardTs: firstCard.ts, userId: PEOPLE.agent });
    await h.emulator.waitFor(
      () => h.emulator.posts({ thread_ts: posted[0]!.ts }).find((m) => m.text.includes('resolved')),
      10_000,
      'closing',
    );
    await h.slack.command({ text: 'report 7', userId: PEOPLE.agent, channelId: PEOPLE.customerChannel });
    await h.emulator.waitFor(
      () => h.emulator.posts({ channel: PEOPLE.triage }).find((m) => /complaints; first replies/.test(m.text)),
      15_000,
      'review',
    );
    await h.emulator.waitFor(
      () => h.emulator.posts({ channel: PEOPLE.triage }).find((m) => m.text.includes('Possible incident')),
      15_000,
      'incident alert',
    );
    await h.slack.event({
      type: 'app_home_opened',
      user: PEOPLE.agent,
      channel: 'DHOME',
      tab: 'home',
      event_ts: '1.2',
    });
    await h.emulator.waitFor(
      () => h.emulator.views.find((v) => v.method === 'views.publish' && v.user_id === PEOPLE.agent),
      10_000,
      'home',
    );

    // The scan: every call of every method, and enough of each kind to mean something.
    const methods = new Map<string, number>();
    const leaks: string[] = [];
    for (const call of h.emulator.calls) {
      methods.set(call.method, (methods.get(call.method) ?? 0) + 1);
      const live = liveTokensIn(call);
      if (live.length) leaks.push(`${call.method}: ${live.join(' ')}`);
    }
    expect(leaks).toEqual([]);
    expect(methods.get('chat.postMessage')).toBeGreaterThanOrEqual(15);
    expect(methods.get('chat.update')).toBeGreaterThanOrEqual(3);
    expect(methods.get('chat.postEphemeral')).toBeGreaterThanOrEqual(1);
    // The edit window and the resolve window.
    expect(methods.get('views.open')).toBe(2);
    expect(methods.get('views.publish')).toBe(1);
    // The scan would see a leak: the hostile words did reach Slack, escaped.
    expect(JSON.stringify(h.emulator.calls.map((c) => c.args))).toContain('&lt;!channel&gt;');
  });
});
