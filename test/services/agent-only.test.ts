import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertDraft } from '../../src/db/queries/drafts.js';
import { clocksOfTicket } from '../../src/db/queries/sla-clocks.js';
import * as schema from '../../src/db/schema/index.js';
import { NotAnAgentError } from '../../src/errors.js';
import { channelForSettings, linkChannel, updateSettings } from '../../src/services/channels.js';
import type { ServiceDeps } from '../../src/services/deps.js';
import {
  approveDraft,
  discardDraft,
  draftForEditing,
  requestRegeneration,
  sendEditedDraft,
} from '../../src/services/drafts.js';
import { assignTicket } from '../../src/services/ownership.js';
import { originalMessagesFor, setAgentsLanguage } from '../../src/services/translation.js';
import { askQuestion, shareAnswer } from '../../src/services/ask.js';
import { reportService } from '../../src/services/report-runner.js';
import {
  acknowledgeEscalation,
  openTicketManually,
  reclassifyByAgent,
  requestTicketFromReaction,
  resolveByAgent,
} from '../../src/services/ticket-actions.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { serviceDeps } from '../support/service-deps.js';

const TRIAGE = 'CTRIAGE01';
const CHANNEL = 'CCUST0001';
const AGENT = 'UAGENT001';
const CUSTOMER = 'UCUST0001';
const ENGINEER = 'UENG00001';
const LEAD = 'ULEAD0001';
const OUTSIDER = 'UOUTSIDE1';

/** Every row of every table, so a refused call can be shown to have changed nothing at all. */
async function snapshot(db: ServiceDeps['db']): Promise<string> {
  const tables = [
    schema.tickets,
    schema.drafts,
    schema.messages,
    schema.slaClocks,
    schema.outbox,
    schema.ticketActivity,
    schema.customerChannels,
    schema.slackEvents,
    schema.triageSettings,
  ];
  return JSON.stringify(await Promise.all(tables.map((t) => db.select().from(t))));
}

describe('agent-only services', () => {
  let t: TestDatabase;
  let deps: ServiceDeps;
  let ticketId: number;
  let draftId: number;
  let clockId: number;
  let woken = 0;

  beforeAll(async () => {
    t = await createTestDatabase();
    deps = serviceDeps(t.database.db, {
      triage: TRIAGE,
      agents: [AGENT],
      env: { SUPPORT_LEAD_USER_ID: LEAD },
      wake: () => {
        woken += 1;
      },
    });
    await linkChannel(deps, { channelId: CHANNEL, actorId: AGENT, engineerUserId: ENGINEER, enterprise: false });
    const opened = await openTicketManually(deps, {
      message: { channelId: CHANNEL, ts: '1772445600.000100', text: 'Video calls keep freezing', userId: CUSTOMER },
      agentId: AGENT,
      via: 'shortcut',
    });
    ticketId = opened.ticket.id;
    const draft = await insertDraft(deps.db, {
      ticketId,
      cycle: 0,
      source: 'rules',
      language: 'en',
      reply: 'Sorry about the freezing calls. We are looking at it and will update you by 11:00.',
      summary: 'Calls freeze',
      createdAt: deps.now(),
    });
    draftId = draft.id;
    clockId = (await clocksOfTicket(deps.db, { ticketId }))[0]!.id;
  });
  afterAll(() => t.drop());

  const draftIdOf = () => draftId;
  const refusals: Array<[string, (userId: string) => Promise<unknown>]> = [
    ['approveDraft', (userId) => approveDraft(deps, { draftId: draftIdOf(), agentId: userId })],
    ['draftForEditing', (userId) => draftForEditing(deps, { draftId: draftIdOf(), agentId: userId })],
    [
      'sendEditedDraft',
      (userId) => sendEditedDraft(deps, { draftId: draftIdOf(), agentId: userId, text: 'Hello', sendAnyway: false }),
    ],
    ['discardDraft', (userId) => discardDraft(deps, { draftId: draftIdOf(), agentId: userId })],
    ['requestRegeneration', (userId) => requestRegeneration(deps, { ticketId, agentId: userId })],
    // Before resolving: only an open ticket can be given an owner.
    ['assignTicket', (userId) => assignTicket(deps, { ticketId, actorId: userId, assigneeId: userId })],
    ['resolveByAgent', (userId) => resolveByAgent(deps, { ticketId, agentId: userId })],
    [
      'reclassifyByAgent',
      (userId) => reclassifyByAgent(deps, { ticketId, agentId: userId, category: 'feature', priority: 'medium_low' }),
    ],
    ['acknowledgeEscalation', (userId) => acknowledgeEscalation(deps, { clockId, userId })],
    [
      'openTicketManually',
      (userId) =>
        openTicketManually(deps, {
          message: { channelId: CHANNEL, ts: '1772445700.000200', text: 'Echo on every call', userId: CUSTOMER },
          agentId: userId,
          via: 'shortcut',
        }),
    ],
    [
      'requestTicketFromReaction',
      (userId) =>
        requestTicketFromReaction(deps, {
          eventId: 'Ev0001',
          channelId: CHANNEL,
          ts: '1772445800.0003',
          agentId: userId,
        }),
    ],
    [
      'linkChannel',
      (userId) =>
        linkChannel(deps, { channelId: 'CCUST0002', actorId: userId, engineerUserId: ENGINEER, enterprise: true }),
    ],
    ['channelForSettings', (userId) => channelForSettings(deps, { channelId: CHANNEL, actorId: userId })],
    [
      'updateSettings',
      (userId) => updateSettings(deps, { channelId: CHANNEL, actorId: userId, settings: { enterprise: true } }),
    ],
    ['requestReport', (userId) => reportService(deps).requestReport({ days: 7, requestedBy: userId })],
    ['originalMessagesFor', (userId) => originalMessagesFor(deps, { ticketId, agentId: userId })],
    ['setAgentsLanguage', (userId) => setAgentsLanguage(deps, { actorId: userId, language: 'zh' })],
    ['askQuestion', (userId) => askQuestion(deps, { question: 'how many tickets this week?', askedBy: userId })],
    [
      'shareAnswer',
      (userId) =>
        shareAnswer(deps, {
          value: JSON.stringify({ q: { measure: 'tickets', period: { kind: 'all' } }, at: deps.now().toISOString() }),
          sharedBy: userId,
          clickId: 'c1',
        }),
    ],
  ];

  it.each(refusals)('%s refuses someone who is not an agent and changes nothing', async (_name, call) => {
    const before = await snapshot(deps.db);
    const wokenBefore = woken;
    await expect(call(OUTSIDER)).rejects.toBeInstanceOf(NotAnAgentError);
    await expect(call(CUSTOMER)).rejects.toThrow(/Only support agents/);
    expect(await snapshot(deps.db)).toBe(before);
    expect(woken).toBe(wokenBefore);
  });

  it.each(refusals)('%s does its work for an agent', async (name, call) => {
    const before = await snapshot(deps.db);
    await call(AGENT);
    const readsOnly = ['draftForEditing', 'channelForSettings', 'askQuestion', 'originalMessagesFor'].includes(name);
    if (readsOnly) expect(await snapshot(deps.db)).toBe(before);
    else expect(await snapshot(deps.db)).not.toBe(before);
    // Each call changes what the next ones see: give the following cases a fresh proposed draft.
    draftId = (
      await insertDraft(deps.db, {
        ticketId,
        cycle: 0,
        source: 'rules',
        language: 'en',
        reply: 'We are on it and will update you by 11:00.',
        summary: 'Calls freeze',
        createdAt: deps.now(),
      })
    ).id;
  });

  it('lets the paired engineer and the support lead take an escalation, not only agents', async () => {
    await expect(acknowledgeEscalation(deps, { clockId, userId: ENGINEER })).resolves.toMatchObject({ ticketId });
    await expect(acknowledgeEscalation(deps, { clockId, userId: LEAD })).resolves.toMatchObject({ ticketId });
  });
});
