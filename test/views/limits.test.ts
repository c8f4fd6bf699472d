import { describe, expect, it } from 'vitest';
import type { CustomerChannel, Incident, KnownProblem, Message, Ticket } from '../../src/db/schema/index.js';
import type { Report } from '../../src/domain/report.js';
import { CATEGORIES, LANGUAGES, PRIORITIES } from '../../src/domain/taxonomy.js';
import type { ToneFinding } from '../../src/domain/tone.js';
import { MAX_REPLY_LENGTH } from '../../src/domain/message-text.js';
import { CLOSING_NOTE_MAX } from '../../src/domain/closing-note.js';
import { RESOLUTION_LIMITS } from '../../src/domain/resolution.js';
import { IDS } from '../../src/ids.js';
import { incidentUpdateModal } from '../../src/views/incident-update-modal.js';
import { wellFormed } from '../../src/slack/untrusted-text.js';
import { channelSettingsModal } from '../../src/views/channel-settings-modal.js';
import { closingMessage } from '../../src/views/closing.js';
import { editDraftModal } from '../../src/views/edit-draft-modal.js';
import { escalationMessage } from '../../src/views/escalation.js';
import { helpMessage, linkedMessage } from '../../src/views/help.js';
import { HOME_LIMITS, homeView } from '../../src/views/home.js';
import { incidentMessage } from '../../src/views/incident.js';
import { type CardProblems, knownProblemBlocks } from '../../src/views/card-known-problem.js';
import { linkProblemModal, resolveProblemModal } from '../../src/views/known-problem-modal.js';
import { problemsMessage } from '../../src/views/problems-list.js';
import { receiptMessage } from '../../src/views/receipt.js';
import { reportMessage } from '../../src/views/report.js';
import { closingNoteModal, resolveModal } from '../../src/views/resolve-modal.js';
import { CARD_LIMITS, triageCard } from '../../src/views/triage-card.js';
import { originalMessagesModal } from '../../src/views/card-translation.js';
import { blocksTextLength, checkMessage, checkViewArgument } from '../support/block-kit-rules.js';
import { draft, message, now, sampleTicket } from './fixtures.js';

/**
 * Every builder in src/views fed the worst a customer, a model or a long-running workspace can give it. What it
 * builds must be taken by Slack (the emulator's rules), ping no one, and still read well: cut with a visible note,
 * never inside an emoji, a surrogate pair or an entity.
 */

const UNIT =
  '<!channel> <!here> <!everyone> <@U123> <!subteam^S42> <#C999> <https://evil.example|click here> ' +
  '& 👨‍👩‍👧‍👦 مرحبا بالعالم e\u0301\u0301 仅仅 \uD800 @channel ';
const hostile = (length: number) => UNIT.repeat(Math.ceil(length / UNIT.length)).slice(0, length);
const KB40 = hostile(40_000);

/** What must never reach Slack from untrusted text. */
const LIVE = ['<!channel>', '<!here>', '<!everyone>', '<@U123>', '<!subteam', '<#C999>', '<https://evil.example'];
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The text fallback and every mrkdwn text object: what Slack parses for mentions and links. */
function parsedTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(parsedTexts);
  if (typeof value !== 'object' || value === null) return [];
  const o = value as Record<string, unknown>;
  const own = o.type === 'mrkdwn' && typeof o.text === 'string' ? [o.text] : [];
  return [
    ...own,
    ...Object.entries(o).flatMap(([k, v]) => (k === 'text' && typeof v === 'string' ? [] : parsedTexts(v))),
  ];
}

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(allStrings);
  return [];
}

function expectSafe(parsed: string[], everything: string[], options: { allowHere?: boolean } = {}): void {
  for (const text of parsed) {
    for (const token of LIVE) if (!(options.allowHere && token === '<!here>')) expect(text).not.toContain(token);
    expect(text.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
    expect(text).not.toMatch(/@(channel|here|everyone)/i);
  }
  for (const s of everything) expect(s).not.toMatch(LONE_SURROGATE);
}

/** A message as Slack takes it: no refusal, no truncation warning, nothing live, well-formed text. */
function expectPostable(msg: { text: string; blocks?: unknown[] }, options: { allowHere?: boolean } = {}) {
  const verdict = checkMessage({
    text: msg.text,
    blocks: msg.blocks,
    metadata: { event_type: 'complaint_desk_post', event_payload: { job_id: 1 } },
  });
  expect(verdict, JSON.stringify(verdict).slice(0, 2000)).toMatchObject({ ok: true, warnings: [] });
  expectSafe([msg.text, ...parsedTexts(msg.blocks ?? [])], allStrings(msg), options);
}

function expectOpenable(view: unknown) {
  const refused = checkViewArgument(view);
  expect(refused, JSON.stringify(refused)).toBeUndefined();
  expectSafe(parsedTexts(view), allStrings(view));
}

const findings = (n: number): ToneFinding[] =>
  Array.from({ length: n }, (_, i) => ({
    rule: 'jargon',
    severity: i % 3 === 0 ? 'serious' : 'warning',
    excerpt: hostile(200),
    explanation: 'Explain the term in plain words, or leave it out.',
  }));

const hostileFacts = {
  scenario: KB40,
  network: KB40,
  device: KB40,
  os: KB40,
  region: KB40,
  time: KB40,
  callId: KB40,
  place: 'home' as const,
};

function hostileTicket(overrides: Partial<Ticket> = {}): Ticket {
  return sampleTicket({
    id: 2_147_483_647,
    enterprise: true,
    summary: hostile(300),
    facts: hostileFacts,
    qualitySummary: KB40,
    ...overrides,
  });
}

describe('triage card at its limits', () => {
  const replies: Message[] = Array.from({ length: 500 }, (_, i) =>
    message(hostile(2_000), { id: i + 2, ts: `1700000001.${String(i).padStart(6, '0')}`, editedAt: now }),
  );
  const conversation = [message(`Calls freeze every minute ${KB40}`), ...replies];
  const longestDraft = draft({
    source: 'model',
    reply: hostile(MAX_REPLY_LENGTH),
    followUps: Array.from({ length: 6 }, () => hostile(300)),
    findings: findings(60),
    fallbackReason: KB40,
  });
  const card = triageCard({
    ticket: hostileTicket(),
    conversation,
    draft: longestDraft,
    clock: { kind: 'first_response', dueAt: new Date(now.getTime() - 3_600_000) } as never,
    history: Array.from({ length: 200 }, (_, i) => `<!date^1700000000^{time}|10:00 UTC> <@UAGENT001> step ${i}`),
    quality: KB40,
    language: 'en',
    now,
    similar: [1, 2, 3, 4].map((i) => ({
      id: 2_147_483_640 + i,
      side: 'our_service' as const,
      rootCause: KB40,
      fix: KB40,
      resolvedAt: now,
      triageTs: '1700000000.000100',
      score: 9,
      link: i === 1 ? 'https://acme.slack.com/archives/CTRIAGE01/p1700000000000100' : `javascript:alert(${i})|x>`,
    })),
  });

  it('is taken by Slack, pings no one and stays well under the total text Slack allows', () => {
    expectPostable(card);
    expect(blocksTextLength(card.blocks)).toBeLessThanOrEqual(9_500);
  });

  it('still reads: the complaint first, how many replies are not shown, and where the draft was cut', () => {
    const json = JSON.stringify(card.blocks);
    expect(json).toContain('Calls freeze every minute &lt;!channel&gt;');
    expect(json).toContain('497 more in the thread');
    expect(json).toContain('Edit shows the whole reply');
    expect(json).toContain('60 findings in all');
    expect(json).toContain('step 199');
    expect(json).toContain('Similar resolved tickets');
    expect(json).toContain('<https://acme.slack.com/archives/CTRIAGE01/p1700000000000100|#2147483641>');
    expect(json).not.toContain('javascript:');
    expect(json).not.toContain('#2147483644');
    expect(card.text).toMatch(/^#2147483647 · .*: .*…$/);
  });

  it('keeps the buttons and controls whatever the text around them', () => {
    const ids = (card.blocks as Array<{ elements?: Array<{ action_id?: string }> }>).flatMap((b) =>
      (b.elements ?? []).map((e) => e.action_id).filter(Boolean),
    );
    expect(ids).toEqual([
      IDS.actions.approve,
      IDS.actions.edit,
      IDS.actions.regenerate,
      IDS.actions.discard,
      IDS.actions.resolve,
      IDS.actions.setCategory,
      IDS.actions.setPriority,
      IDS.actions.assignToMe,
      IDS.actions.reassign,
    ]);
  });

  it('fits with the longest resolution and an owner, open with a draft or resolved', () => {
    const resolution = { side: 'customer_config' as const, rootCause: KB40, fix: KB40, assigneeId: 'UAGENT002' };
    for (const status of ['waiting_on_us', 'resolved'] as const) {
      const withCause = triageCard({
        ticket: hostileTicket({ ...resolution, status }),
        conversation,
        draft: longestDraft,
        clock: { kind: 'first_response', dueAt: now } as never,
        history: Array.from({ length: 200 }, (_, i) => `<@UAGENT001> step ${i}`),
        quality: KB40,
        language: 'zh',
        now,
      });
      expectPostable(withCause);
      expect(blocksTextLength(withCause.blocks)).toBeLessThanOrEqual(9_500);
      const json = JSON.stringify(withCause.blocks);
      expect(json).toContain('客户集成/配置');
      expect(json).toContain('<@UAGENT002>');
    }
  });

  it('fits with no draft, a deleted message and Chinese labels too', () => {
    expectPostable(
      triageCard({
        ticket: hostileTicket({ status: 'resolved' }),
        conversation: [message(KB40, { deletedAt: now }), ...replies.slice(0, 3)],
        history: [],
        language: 'zh',
        now,
      }),
    );
  });
});

describe('edit modal at its limits', () => {
  it('opens for the longest draft, whole, in a box Slack accepts', () => {
    const reply = hostile(MAX_REPLY_LENGTH);
    const view = editDraftModal({ draft: draft({ reply, ticketId: 2_147_483_647 }) });
    expectOpenable(view);
    const box = (view.blocks[0] as { element: { initial_value: string } }).element;
    expect(box.initial_value).toBe(wellFormed(reply));
  });

  it('opens for a draft stored before the cap, cut where a reader sees it and saying so', () => {
    const view = editDraftModal({ draft: draft({ reply: hostile(4_000) }) });
    expectOpenable(view);
    const input = (view.blocks[0] as { element: { initial_value: string }; hint: { text: string } }).element;
    expect(input.initial_value.length).toBeLessThanOrEqual(MAX_REPLY_LENGTH);
    expect((view.blocks[0] as { hint: { text: string } }).hint.text).toContain('its end was cut');
  });

  it('comes back with many findings and the send-anyway box, still openable', () => {
    expectOpenable(editDraftModal({ draft: draft(), text: hostile(MAX_REPLY_LENGTH), findings: findings(80) }));
  });
});

describe('escalations and incidents at their limits', () => {
  it('escalation pings fit with a hostile summary, for every stage', () => {
    for (const stage of [1, 2, 3] as const) {
      const msg = escalationMessage({
        stage,
        clockId: 2_147_483_647,
        ticketId: 2_147_483_647,
        channelId: 'CCUST0001',
        category: 'connectivity',
        priority: 'urgent',
        summary: KB40,
        waitedMs: 400 * 86_400_000,
        targetMs: 600_000,
        kind: 'next_response',
        targetUserId: stage === 3 ? undefined : 'UENG00001',
        link: 'https://acme.slack.com/archives/CCUST0001/p1700000000000100',
        assigneeId: 'UAGENT002',
      });
      // Without a support lead, the last level is the app's own @here in the ticket's triage thread.
      expectPostable(msg, { allowHere: stage === 3 });
      expect(msg.text).toContain('…');
    }
  });

  it('an incident alert never puts an unbounded region in a section, and links as many tickets as fit', () => {
    const ticketIds = Array.from({ length: 5_000 }, (_, i) => i + 1);
    const incident = {
      id: 1,
      key: 'connectivity|x',
      category: 'connectivity',
      region: KB40,
      status: 'open',
      ticketIds,
      customerIds: ticketIds.map((i) => `U${i}`),
      firstAt: now,
      lastAt: now,
      triageTs: null,
      profile: null,
      pages: {},
    } satisfies Incident;
    const links = new Map(
      ticketIds.map((id) => [
        id,
        `https://acme.slack.com/archives/CTRIAGE01/p17000000000${String(id).padStart(5, '0')}`,
      ]),
    );
    const msg = incidentMessage(incident, links, 600_000);
    expectPostable(msg);
    const sectionText = (msg.blocks[0] as { text: { text: string } }).text.text;
    expect(sectionText.length).toBeLessThan(300);
    expect(sectionText).toContain('…');
    const tickets = (msg.blocks[1] as { text: { text: string } }).text.text;
    expect(tickets).toMatch(/and \d+ more$/);
    expect(tickets).toContain('|#5000>');
  });
});

describe('home tab at its limits', () => {
  const row = (i: number) => ({
    ticket: hostileTicket({ id: i, summary: KB40, rating: 5, resolvedAt: now }),
    dueAt: new Date(now.getTime() - i * 60_000),
    cardLink: `https://acme.slack.com/archives/CTRIAGE01/p${1700000000000000 + i}`,
    threadLink: `https://acme.slack.com/archives/CCUST0001/p${1700000000000000 + i}`,
  });
  const channel = (i: number): CustomerChannel => ({
    channelId: `CCUST${String(i).padStart(4, '0')}`,
    name: KB40,
    engineerUserId: 'UENG00001',
    enterprise: i % 2 === 0,
    language: null,
    businessHours: KB40,
    timeZone: KB40,
    holidays: [],
    firstResponseOverrides: {},
    linkedBy: 'UAGENT001',
    linkedAt: now,
    updatedAt: now,
  });

  it('publishes with every list full and hostile text everywhere', () => {
    const view = homeView({
      mine: Array.from({ length: 500 }, (_, i) => row(i + 1)),
      waitingOnUs: Array.from({ length: 500 }, (_, i) => row(i + 1)),
      waitingOnCustomer: Array.from({ length: 500 }, (_, i) => row(i + 1)),
      recentlyResolved: Array.from({ length: 500 }, (_, i) => row(i + 1)),
      totals: { mine: 500, waitingOnUs: 500, waitingOnCustomer: 500, resolved: 500 },
      channels: Array.from({ length: 500 }, (_, i) => channel(i)),
      now,
      isAgent: true,
    });
    expectOpenable(view);
    const json = JSON.stringify(view);
    expect(json).toContain(`…and ${500 - HOME_LIMITS.waitingOnUs} more`);
    expect(json).toContain(`…and ${500 - HOME_LIMITS.channels} more`);
  });
});

describe('resolve windows and the closing message at their limits', () => {
  it('the resolve window opens for the largest ticket number, in both languages', () => {
    for (const language of ['en', 'zh'] as const)
      expectOpenable(resolveModal({ ticketId: 2_147_483_647, language, customerLanguage: 'zh' }));
  });

  it('the note window carries the longest resolution in its metadata and a hostile note in its box', () => {
    // Quotes and backslashes double in JSON: the worst case for the 3,000 characters of private_metadata.
    const resolution = {
      side: 'customer_device' as const,
      rootCause: '"'.repeat(RESOLUTION_LIMITS.rootCause),
      fix: '\\\n'.repeat(RESOLUTION_LIMITS.fix / 2),
    };
    for (const language of ['en', 'zh'] as const) {
      const view = closingNoteModal({
        ticketId: 2_147_483_647,
        resolution,
        note: hostile(40_000),
        customerLanguage: 'en',
        language,
        findings: findings(80),
      });
      expectOpenable(view);
      expect(JSON.parse(view.private_metadata!)).toMatchObject({ t: 2_147_483_647, ...resolution });
    }
  });

  it('the closing message fits the longest note, escaped, in every customer language', () => {
    for (const language of LANGUAGES) {
      expectPostable(closingMessage({ ticketId: 2_147_483_647, language, note: hostile(CLOSING_NOTE_MAX) }));
      const amps = closingMessage({ ticketId: 1, language, note: '&'.repeat(CLOSING_NOTE_MAX) });
      expectPostable(amps);
      expect(amps.text).toContain('…');
    }
  });
});

describe('other messages and modals at their limits', () => {
  it('the review fits with hostile devices, regions and many customers', () => {
    const many = (n: number): Array<[string, number]> => Array.from({ length: n }, (_, i) => [hostile(2_000), i]);
    const report: Report = {
      since: now,
      until: now,
      total: 1_000_000,
      byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, 1000])) as Report['byCategory'],
      byPriority: Object.fromEntries(PRIORITIES.map((p) => [p, 1000])) as Report['byPriority'],
      byCustomer: Array.from({ length: 2_000 }, (_, i) => ({ channelId: `C${i}`, count: i })),
      firstResponse: { met: 1, breached: 2, pending: 3, attainmentPct: 33, medianMs: 60_000, p90Ms: 3_600_000 },
      escalations: { warnings: 1, engineer: 2, lead: 3 },
      satisfaction: { count: 3, average: 4.5, distribution: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 2 } },
      top: { devices: many(10), networks: many(10), regions: many(10), scenarios: many(10) },
      repeated: Array.from({ length: 200 }, () => ({
        category: 'av_quality' as const,
        attribute: 'device' as const,
        value: KB40,
        count: 9,
      })),
      daily: [],
      bySide: {
        customer_network: 1000,
        customer_device: 1000,
        our_service: 1000,
        customer_config: 1000,
        not_found: 1000,
        unrecorded: 1000,
      },
      rootCauses: many(5),
      rising: Array.from({ length: 200 }, (_, i) => ({
        attribute: 'region' as const,
        value: KB40,
        count: 1_000_000 + i,
        previous: i,
      })),
      knownProblems: Array.from({ length: 50 }, (_, i) => ({
        id: i,
        title: KB40,
        status: 'open' as const,
        tickets: 1_000_000,
        resolveMs: null,
        openMs: 1e12,
      })),
      drafts: {
        model: { as_drafted: 1e6, edited: 1e6, discarded: 1e6, replaced: 1e6, pending: 1e6 },
        rules: { as_drafted: 1e6, edited: 1e6, discarded: 1e6, replaced: 1e6, pending: 1e6 },
      },
    };
    const msg = reportMessage(report, `Complaint review ${hostile(500)}`);
    expectPostable(msg);
    expect(JSON.stringify(msg.blocks)).toContain('…');
  });

  it('receipts, closings and help fit for the largest ticket numbers, in every customer language', () => {
    for (const language of LANGUAGES) {
      for (const category of CATEGORIES)
        expectPostable(
          receiptMessage({
            ticketId: 2_147_483_647,
            category,
            language,
            dueAt: new Date(8.64e15),
            now,
            attachments: ['screen_recording', 'log', 'screenshot'],
          }),
        );
      expectPostable(
        receiptMessage({ ticketId: 1, category: 'feature', language, dueAt: null, now, attachments: ['audio'] }),
      );
      expectPostable(closingMessage({ ticketId: 2_147_483_647, language }));
    }
    expectPostable(helpMessage());
    expectPostable(
      linkedMessage({ channelId: 'CCUST0001', engineerUserId: 'UENG00001', enterprise: true, created: true }),
    );
  });

  it('the settings modal opens whatever was stored before', () => {
    const stored: CustomerChannel = {
      channelId: 'CCUST0001',
      name: KB40,
      engineerUserId: 'UENG00001',
      enterprise: true,
      language: 'zh',
      businessHours: KB40,
      timeZone: KB40,
      holidays: [],
      firstResponseOverrides: {},
      linkedBy: 'UAGENT001',
      linkedAt: now,
      updatedAt: now,
    };
    expectOpenable(channelSettingsModal(stored, hostile(3_000)));
  });
});

describe('known problems at their limits', () => {
  const problem = (overrides: Partial<KnownProblem> = {}): KnownProblem => ({
    id: 2_147_483_647,
    title: KB40,
    status: 'open',
    cause: KB40,
    fix: KB40,
    createdBy: 'UAGENT001',
    createdAt: now,
    resolvedAt: null,
    resolvedBy: null,
    fromIncidentId: null,
    ...overrides,
  });
  const replies: Message[] = Array.from({ length: 50 }, (_, i) =>
    message(hostile(2_000), { id: i + 2, ts: `1700000001.${String(i).padStart(6, '0')}` }),
  );
  // The fullest card there is (every part at its limit), with the known-problem section on top.
  const base = {
    ticket: hostileTicket(),
    conversation: [message(KB40), ...replies],
    draft: draft({
      purpose: 'problem_update',
      reply: hostile(MAX_REPLY_LENGTH),
      followUps: Array.from({ length: 6 }, () => hostile(300)),
      findings: findings(60),
    }),
    clock: { kind: 'first_response', dueAt: new Date(now.getTime() - 3_600_000) } as never,
    history: Array.from({ length: 200 }, (_, i) => `<!date^1700000000^{time}|10:00 UTC> <@UAGENT001> step ${i}`),
    quality: KB40,
    language: 'en' as const,
    now,
    // Every other section of the card at its fullest too.
    similar: [1, 2, 3, 4].map((i) => ({
      id: 2_147_483_640 + i,
      side: 'our_service' as const,
      rootCause: KB40,
      fix: KB40,
      resolvedAt: now,
      triageTs: '1700000000.000100',
      score: 9,
      link: 'https://acme.slack.com/archives/CTRIAGE01/p1700000000000100',
    })),
  };
  const actionIds = (blocks: unknown[]) =>
    (JSON.stringify(blocks).match(/"action_id":"[a-z_]+"/g) ?? []).map((m) => m.slice(13, -1));

  it('a card linked to a resolved problem with 500 tickets and 500 waiting updates fits, confirm included', () => {
    const problems: CardProblems = {
      linked: { problem: problem({ status: 'resolved', resolvedAt: now }), tickets: 500, pendingUpdates: 500 },
      suggested: [],
    };
    for (const language of ['en', 'zh'] as const) {
      const card = triageCard({ ...base, problems, language });
      expectPostable(card);
      expect(blocksTextLength(card.blocks)).toBeLessThanOrEqual(9_500);
      expect(actionIds(card.blocks)).toContain(IDS.actions.approveProblemUpdates);
      expect(actionIds(card.blocks)).toContain(IDS.actions.unlinkProblem);
    }
    expect(blocksTextLength(knownProblemBlocks(base.ticket, problems, 'en'))).toBeLessThanOrEqual(CARD_LIMITS.problems);
    const json = JSON.stringify(triageCard({ ...base, problems }).blocks);
    expect(json).toContain('Approve all 500 updates');
    expect(json).toContain('Send 500 updates?');
    expect(json).toContain('update about the known problem');
  });

  it('a card with the most suggestions and hostile reasons fits, each with its one-click Link', () => {
    const open = Array.from({ length: 5 }, (_, i) => ({ id: 2_147_483_000 + i, title: `${i} ${KB40}` }));
    const problems: CardProblems = {
      suggested: open.map((p) => ({ problem: p, reasons: Array.from({ length: 40 }, () => hostile(200)) })),
    };
    for (const language of ['en', 'zh'] as const) {
      const card = triageCard({ ...base, problems, language });
      expectPostable(card);
      expect(blocksTextLength(card.blocks)).toBeLessThanOrEqual(9_500);
      const section = knownProblemBlocks(base.ticket, problems, language);
      expect(blocksTextLength(section)).toBeLessThanOrEqual(CARD_LIMITS.problems);
      const ids = actionIds(card.blocks);
      expect(ids.filter((id) => id === IDS.actions.linkSuggestedProblem)).toHaveLength(2);
      expect(ids).toContain(IDS.actions.linkProblem);
    }
  });

  it('an open linked problem offers unlink and "problem fixed", not approve-all', () => {
    const card = triageCard({
      ...base,
      problems: { linked: { problem: problem(), tickets: 1, pendingUpdates: 0 }, suggested: [] },
    });
    expectPostable(card);
    const ids = actionIds(card.blocks);
    expect(ids).toEqual(expect.arrayContaining([IDS.actions.unlinkProblem, IDS.actions.resolveProblem]));
    expect(ids).not.toContain(IDS.actions.approveProblemUpdates);
  });

  it('the link modal lists the 100 newest of 500 open problems, and the modals open whatever was stored', () => {
    const open = Array.from({ length: 500 }, (_, i) => ({ id: 2_147_483_000 - i, title: i === 3 ? '' : KB40 }));
    const modal = linkProblemModal({ ticketId: 2_147_483_647, open });
    expectOpenable(modal);
    const options = JSON.stringify(modal).match(/"value":"\d+"/g) ?? [];
    expect(options).toHaveLength(100);
    expect(JSON.stringify(modal)).toContain(`"text":"#${2_147_483_000 - 3}"`);
    expectOpenable(linkProblemModal({ ticketId: 1, open: [] }));
    for (const openTickets of [0, 1, 500]) expectOpenable(resolveProblemModal({ problem: problem(), openTickets }));
  });

  it('the problems list fits with the most problems, hostile titles and the largest counts', () => {
    const many = Array.from({ length: 40 }, (_, i) => problem({ id: 2_147_483_000 + i }));
    const msg = problemsMessage({
      open: many.map((p) => ({ problem: p, linked: 2_147_483_647, openTickets: 2_147_483_647 })),
      waiting: many.map((p) => ({ problem: p, pending: 2_147_483_647 })),
      openTotal: 2_147_483_647,
    });
    expectPostable(msg);
    expect(JSON.stringify(msg.blocks)).toContain('older open problems');
    expectPostable(problemsMessage({ open: [], waiting: [], openTotal: 0 }));
  });

  it('an incident alert shows the hostile-titled problem it became, or the button that makes one', () => {
    const incident = {
      id: 1,
      key: 'connectivity|x',
      category: 'connectivity',
      region: KB40,
      status: 'open',
      ticketIds: [1, 2],
      customerIds: ['U1', 'U2'],
      firstAt: now,
      lastAt: now,
      triageTs: null,
      profile: null,
      pages: {},
    } satisfies Incident;
    const withButton = incidentMessage(incident, new Map(), 600_000);
    expectPostable(withButton);
    expect(actionIds(withButton.blocks)).toEqual([IDS.actions.problemFromIncident]);
    const became = incidentMessage(incident, new Map(), 600_000, problem());
    expectPostable(became);
    expect(actionIds(became.blocks)).toEqual([IDS.actions.resolveProblem]);
    const details = {
      places: Array.from({ length: 30 }, () => KB40),
      devices: Array.from({ length: 30 }, () => KB40),
      oses: [KB40],
      operators: [KB40],
      latest: Array.from({ length: 10 }, (_, i) => ({ ticketId: 2_147_483_640 + i, words: KB40 })),
      worst: { ticketId: 2_147_483_647, dueInMs: -400 * 86_400_000 },
      waiting: 2_147_483_647,
      paged: 40,
      unresolved: 2_147_483_647,
      pendingUpdates: 2_147_483_647,
    };
    const full = incidentMessage(incident, new Map(), 600_000, problem(), details);
    expectPostable(full);
    expect(actionIds(full.blocks)).toEqual([
      IDS.actions.resolveProblem,
      IDS.actions.updateIncidentCustomers,
      IDS.actions.approveIncidentUpdates,
    ]);
    const resolved = incidentMessage(incident, new Map(), 600_000, { ...problem(), status: 'resolved' }, details);
    expectPostable(resolved);
    expect(actionIds(resolved.blocks)).toEqual([
      IDS.actions.updateIncidentCustomers,
      IDS.actions.approveIncidentUpdates,
    ]);
    // Over: no interim update is offered, and the updates still waiting can still be sent.
    const over = incidentMessage({ ...incident, status: 'closed' }, new Map(), 600_000, undefined, details);
    expectPostable(over);
    expect(actionIds(over.blocks)).toEqual([IDS.actions.problemFromIncident, IDS.actions.approveIncidentUpdates]);
    const settled = { ...details, unresolved: 0, pendingUpdates: 0 };
    expect(actionIds(incidentMessage(incident, new Map(), 600_000, undefined, settled).blocks)).toEqual([
      IDS.actions.problemFromIncident,
    ]);
  });

  it('the interim update form opens at its limits: one choice of four, default one hour, within Slack’s sizes', () => {
    const modal = incidentUpdateModal({
      metadata: {
        incidentId: 2_147_483_647,
        channelId: 'C0123456789ABCDEFGHIJ',
        ts: '1772400000.123456',
        openedAt: new Date(8.64e15).toISOString(),
      },
      customers: 2_147_483_647,
    });
    expectOpenable(modal);
    expect(modal.callback_id).toBe(IDS.views.incidentUpdate);
    expect(modal.private_metadata!.length).toBeLessThanOrEqual(3000);
    expect(modal.blocks.length).toBeLessThanOrEqual(100);
    const input = modal.blocks[0] as { element: { options: Array<{ value: string }>; initial_option: unknown } };
    expect(input.element.options.map((o) => o.value)).toEqual(['30', '60', '120', '240']);
    expect(input.element.initial_option).toMatchObject({ value: '60', text: { text: 'in 1 hour' } });
    expect(JSON.stringify(modal)).toContain('2147483647 customers');
    expect(JSON.stringify(incidentUpdateModal({ ...modalArgs(), customers: 1 }))).toContain('The customer whose');
  });
});

describe('translation on the card at its limits', () => {
  const replies: Message[] = Array.from({ length: 500 }, (_, i) =>
    message(hostile(2_000), {
      id: i + 2,
      ts: `1700000001.${String(i).padStart(6, '0')}`,
      editedAt: now,
      translation: hostile(2_000),
      translationLanguage: 'en',
      translationNote: KB40,
    }),
  );
  const conversation = [
    message(KB40, { translation: `Calls freeze ${KB40}`, translationLanguage: 'en', translationNote: KB40 }),
    ...replies,
  ];
  const disagreeing = {
    rules: { category: 'av_quality' as const, priority: 'medium_high' as const },
    model: { category: 'connectivity' as const, priority: 'urgent' as const, confidence: 0.87, urgent: true },
    decidedBy: 'model' as const,
  };
  const base = {
    ticket: hostileTicket({ language: 'zh', classification: disagreeing }),
    conversation,
    clock: { kind: 'first_response', dueAt: now } as never,
    history: Array.from({ length: 200 }, (_, i) => `<@UAGENT001> step ${i}`),
    quality: KB40,
    language: 'en' as const,
    now,
    translation: { agents: 'en' as const, model: true },
  };

  it('fits with every message translated and noted, a disagreement, and a draft returned unsent', () => {
    const unsent = draft({
      source: 'model',
      language: 'en',
      reply: hostile(MAX_REPLY_LENGTH),
      followUps: Array.from({ length: 6 }, () => hostile(300)),
      findings: findings(60),
      translationNote: KB40,
    });
    const card = triageCard({ ...base, draft: unsent });
    expectPostable(card);
    expect(blocksTextLength(card.blocks)).toBeLessThanOrEqual(9_500);
    const json = JSON.stringify(card.blocks);
    expect(json).toContain('translated from Chinese (Simplified)');
    expect(json).toContain('Calls freeze');
    expect(json).toContain(IDS.actions.showOriginal);
    expect(json).toContain('Rules: A/V quality · Medium-high — Model: Connectivity · Urgent (87% sure)');
    expect(json).toContain('translated into Chinese (Simplified) and checked when approved');
    expect(json).toContain('Approve to translate it again');
  });

  it('fits once the longest translated reply went out, showing it as sent', () => {
    const sent = draft({
      source: 'model',
      language: 'en',
      status: 'sent',
      reply: hostile(MAX_REPLY_LENGTH),
      outgoing: KB40,
      outgoingLanguage: 'zh',
    });
    const card = triageCard({ ...base, draft: sent });
    expectPostable(card);
    expect(blocksTextLength(card.blocks)).toBeLessThanOrEqual(9_500);
    expect(JSON.stringify(card.blocks)).toContain('Sent to the customer');
  });

  it('says translation needs a model when there is none, and shows the words as written', () => {
    const card = triageCard({
      ...base,
      conversation: [message('视频一直卡')],
      draft: draft({ language: 'zh', reply: '很抱歉' }),
      translation: { agents: 'en', model: false },
    });
    expectPostable(card);
    const json = JSON.stringify(card.blocks);
    expect(json).toContain('Translation needs a model');
    expect(json).toContain('视频一直卡');
    expect(json).not.toContain(IDS.actions.showOriginal);
  });

  it('opens the originals for 500 hostile messages of 40 KB', () => {
    const view = originalMessagesModal(
      hostileTicket({ language: 'zh' }),
      Array.from({ length: 500 }, (_, i) => message(`${i} ${KB40}`, { id: i + 1, deletedAt: i === 3 ? now : null })),
    );
    expectOpenable(view);
    expect(JSON.stringify(view)).toContain('more in the thread');
  });
});

function modalArgs() {
  return { metadata: { incidentId: 1, channelId: 'C1', ts: '1.2', openedAt: new Date(0).toISOString() }, customers: 2 };
}
