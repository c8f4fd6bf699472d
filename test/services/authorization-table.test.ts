import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertDraft } from '../../src/db/queries/drafts.js';
import { insertIncident } from '../../src/db/queries/incidents.js';
import { clocksOfTicket } from '../../src/db/queries/sla-clocks.js';
import { findTicket, updateTicket } from '../../src/db/queries/tickets.js';
import * as schema from '../../src/db/schema/index.js';
import type { Ticket } from '../../src/db/schema/index.js';
import { IDS } from '../../src/ids.js';
import { actionRoutes } from '../../src/listeners/actions/index.js';
import { complaintsCommand } from '../../src/listeners/commands/complaints.js';
import { appHomeOpenedListener } from '../../src/listeners/events/app-home-opened.js';
import { viewRoutes } from '../../src/listeners/views/index.js';
import { linkChannel } from '../../src/services/channels.js';
import type { ServiceDeps } from '../../src/services/deps.js';
import { createKnownProblem } from '../../src/services/known-problems.js';
import { reportService } from '../../src/services/report-runner.js';
import { openTicketManually } from '../../src/services/ticket-actions.js';
import { Workspace } from '../../src/services/workspace.js';
import { blockAction, slashCommand, viewSubmission } from '../listeners/fakes.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { InProcessSlack } from '../support/in-process-slack.js';
import { resolveValues } from '../support/resolve-form.js';
import { serviceDeps } from '../support/service-deps.js';

/**
 * Who may do what, control by control: every button and menu (IDS.actions), every modal submit (IDS.views), every
 * /complaints subcommand and App Home, played by each role through the real listeners and services on a test
 * database, with the Slack double in process. What a role may do must work; what it may not must change nothing
 * in the database and tell the person why. Forged values (another ticket's ids on this card, another workspace's
 * team) are refused too. docs/authorization.md is the same table in words.
 */

const TRIAGE = 'CTRIAGE01';
const CHANNEL = 'CCUST0001';
const OTHER_CHANNEL = 'CCUST0002';
const HOME = 'THOME0001';
const CUSTOMER_TEAM = 'TCUST0001';
const OTHER_TEAM = 'TCUST0002';

const PEOPLE = {
  customer: { id: 'UCUST0001', team: CUSTOMER_TEAM },
  otherCustomer: { id: 'UCUST0002', team: OTHER_TEAM },
  colleague: { id: 'UCOLL0001', team: HOME },
  engineer: { id: 'UENG00001', team: HOME },
  agent: { id: 'UAGENT001', team: HOME },
  lead: { id: 'ULEAD0001', team: HOME },
} as const;
type Role = keyof typeof PEOPLE;
const ROLES = Object.keys(PEOPLE) as Role[];

/** Everything a control can name, made fresh for each case so that one case's work never changes another's. */
interface World {
  ticket: Ticket;
  /** Another customer's ticket, in another channel: its ids are what a forged value names. */
  other: Ticket;
  draftId: number;
  otherDraftId: number;
  updateDraftId: number;
  problemId: number;
  suggestionId: number;
  otherProblemId: number;
  clockId: number;
  incidentId: number;
  otherIncidentId: number;
}

let t: TestDatabase;
let slack: InProcessSlack;
let deps: ServiceDeps;
let seq = 0;

const nextTs = () => `17724${String(++seq).padStart(5, '0')}.000100`;

async function ticketWithCard(channelId: string, customer: { id: string; team: string }): Promise<Ticket> {
  const { ticket } = await openTicketManually(deps, {
    message: {
      channelId,
      ts: nextTs(),
      text: 'Video calls keep freezing',
      userId: customer.id,
      userTeamId: customer.team,
    },
    agentId: PEOPLE.agent.id,
    via: 'shortcut',
  });
  return (await updateTicket(deps.db, { ticketId: ticket.id, changes: { triageTs: nextTs(), closingTs: nextTs() } }))!;
}

async function draftFor(ticketId: number, purpose: 'reply' | 'problem_update' = 'reply'): Promise<number> {
  const draft = await insertDraft(deps.db, {
    ticketId,
    cycle: 0,
    source: 'rules',
    purpose,
    language: 'en',
    reply: 'Sorry about the freezing calls. We are checking the call records and will update you by 11:00.',
    summary: 'Calls freeze',
    createdAt: deps.now(),
  });
  return draft.id;
}

async function incidentOf(ticket: Ticket): Promise<number> {
  const incident = await insertIncident(deps.db, {
    key: `connectivity|${++seq}`,
    category: 'connectivity',
    ticketIds: [ticket.id],
    customerIds: [ticket.customerUserId],
    firstAt: deps.now(),
    lastAt: deps.now(),
    triageTs: nextTs(),
  });
  return incident!.id;
}

async function makeWorld(): Promise<World> {
  const ticket = await ticketWithCard(CHANNEL, PEOPLE.customer);
  const other = await ticketWithCard(OTHER_CHANNEL, PEOPLE.otherCustomer);
  const agentId = PEOPLE.agent.id;
  const problem = await createKnownProblem(deps, { agentId, ticketId: ticket.id, title: `Freezes ${seq}` });
  const suggestion = await createKnownProblem(deps, { agentId, title: `Echo ${seq}` });
  const otherProblem = await createKnownProblem(deps, { agentId, ticketId: other.id, title: `Drops ${seq}` });
  return {
    ticket: (await findTicket(deps.db, { ticketId: ticket.id }))!,
    other: (await findTicket(deps.db, { ticketId: other.id }))!,
    draftId: await draftFor(ticket.id),
    otherDraftId: await draftFor(other.id),
    updateDraftId: await draftFor(ticket.id, 'problem_update'),
    problemId: problem.id,
    suggestionId: suggestion.id,
    otherProblemId: otherProblem.id,
    clockId: (await clocksOfTicket(deps.db, { ticketId: ticket.id }))[0]!.id,
    incidentId: await incidentOf(ticket),
    otherIncidentId: await incidentOf(other),
  };
}

/** Every row of every table: a refusal must leave all of it as it was. */
async function snapshot(): Promise<string> {
  const tables = [
    schema.tickets,
    schema.drafts,
    schema.messages,
    schema.slaClocks,
    schema.outbox,
    schema.ticketActivity,
    schema.customerChannels,
    schema.slackEvents,
    schema.knownProblems,
    schema.incidents,
    schema.ticketRatings,
  ];
  return JSON.stringify(await Promise.all(tables.map((table) => deps.db.select().from(table))));
}

/** What the person was told, wherever the app told them (ephemeral, DM, the form's errors, the command's ack). */
function toldTo(userId: string, from: number): string[] {
  return slack.calls
    .slice(from)
    .filter(
      (c) =>
        (c.method === 'chat.postEphemeral' && c.args.user === userId) ||
        (c.method === 'chat.postMessage' && c.args.channel === userId),
    )
    .map((c) => String(c.args.text));
}

function opened(from: number): number {
  return slack.calls.slice(from).filter((c) => c.method === 'views.open').length;
}

// ---------------------------------------------------------------------------------------------------------------
// Buttons and menus

interface Press {
  channelId?: string;
  messageTs?: string;
  threadTs?: string;
  value?: string;
  selectedValue?: string;
  selectedUser?: string;
  blockId?: string;
  /** The clicker's workspace, when a forged payload says another. */
  teamId?: string;
  /** The action id, when it is not the row's own (the rating buttons are rate_1 … rate_5). */
  actionId?: string;
}

interface ActionRow {
  allowed: Role[];
  press(w: World, role: Role): Press;
  /** Whether the allowed press did its work. */
  works(w: World, from: number, role: Role): Promise<boolean>;
  /** Presses an allowed role makes with ids that do not belong where they are clicked. */
  forged?(w: World): Press[];
}

const json = (v: unknown) => JSON.stringify(v);
const onCard = (w: World, value: unknown): Press => ({
  channelId: TRIAGE,
  messageTs: w.ticket.triageTs!,
  value: json(value),
});
const draftStatus = async (id: number) =>
  (await deps.db.select().from(schema.drafts).where(eq(schema.drafts.id, id)))[0]!.status;
const ticketNow = async (w: World) => (await findTicket(deps.db, { ticketId: w.ticket.id }))!;
const AGENTS_ONLY: Role[] = ['agent'];

const ACTIONS: Record<keyof typeof IDS.actions, ActionRow> = {
  approve: {
    allowed: AGENTS_ONLY,
    press: (w) => onCard(w, { t: w.ticket.id, d: w.draftId }),
    works: async (w) => (await draftStatus(w.draftId)) === 'approved',
    // The case from the field: this card's Approve with the value naming another ticket's draft.
    forged: (w) => [onCard(w, { t: w.ticket.id, d: w.otherDraftId }), onCard(w, { t: w.other.id, d: w.otherDraftId })],
  },
  edit: {
    allowed: AGENTS_ONLY,
    press: (w) => onCard(w, { t: w.ticket.id, d: w.draftId }),
    works: async (_w, from) => opened(from) === 1,
    forged: (w) => [onCard(w, { t: w.ticket.id, d: w.otherDraftId }), onCard(w, { t: w.other.id, d: w.otherDraftId })],
  },
  showOriginal: {
    allowed: AGENTS_ONLY,
    press: (w) => onCard(w, { t: w.ticket.id }),
    works: async (_w, from) => opened(from) === 1,
    forged: (w) => [onCard(w, { t: w.other.id })],
  },
  regenerate: {
    allowed: AGENTS_ONLY,
    press: (w) => onCard(w, { t: w.ticket.id, d: w.draftId }),
    works: async (w) =>
      (await deps.db.select().from(schema.outbox)).some(
        (r) => r.kind === 'draft.make' && (r.payload as { ticketId?: number }).ticketId === w.ticket.id,
      ),
    forged: (w) => [onCard(w, { t: w.other.id })],
  },
  discard: {
    allowed: AGENTS_ONLY,
    press: (w) => onCard(w, { t: w.ticket.id, d: w.draftId }),
    works: async (w) => (await draftStatus(w.draftId)) === 'discarded',
    forged: (w) => [onCard(w, { t: w.ticket.id, d: w.otherDraftId })],
  },
  setCategory: {
    allowed: AGENTS_ONLY,
    press: (w) => ({ ...onCard(w, undefined), selectedValue: json({ t: w.ticket.id, c: 'feature' }) }),
    works: async (w) => (await ticketNow(w)).category === 'feature',
    forged: (w) => [{ ...onCard(w, undefined), selectedValue: json({ t: w.other.id, c: 'feature' }) }],
  },
  setPriority: {
    allowed: AGENTS_ONLY,
    press: (w) => ({ ...onCard(w, undefined), selectedValue: json({ t: w.ticket.id, p: 'urgent' }) }),
    works: async (w) => (await ticketNow(w)).priority === 'urgent',
    forged: (w) => [{ ...onCard(w, undefined), selectedValue: json({ t: w.other.id, p: 'urgent' }) }],
  },
  resolve: {
    allowed: AGENTS_ONLY,
    press: (w) => onCard(w, { t: w.ticket.id }),
    works: async (_w, from) => opened(from) === 1,
    forged: (w) => [onCard(w, { t: w.other.id })],
  },
  assignToMe: {
    allowed: AGENTS_ONLY,
    press: (w) => onCard(w, { t: w.ticket.id }),
    works: async (w) => (await ticketNow(w)).assigneeId === PEOPLE.agent.id,
    forged: (w) => [onCard(w, { t: w.other.id })],
  },
  reassign: {
    allowed: AGENTS_ONLY,
    press: (w) => ({
      ...onCard(w, undefined),
      blockId: `${IDS.blocks.ownerPrefix}${w.ticket.id}`,
      selectedUser: PEOPLE.agent.id,
    }),
    works: async (w) => (await ticketNow(w)).assigneeId === PEOPLE.agent.id,
    forged: (w) => [
      { ...onCard(w, undefined), blockId: `${IDS.blocks.ownerPrefix}${w.other.id}`, selectedUser: PEOPLE.agent.id },
    ],
  },
  acknowledge: {
    // The paired engineer and the lead are pinged; agents may take it too.
    allowed: ['engineer', 'lead', 'agent'],
    press: (w, role) => ({
      channelId: `D${PEOPLE[role].id.slice(1)}`,
      messageTs: nextTs(),
      value: json({ k: w.clockId }),
    }),
    works: async (w, _from, role) =>
      (await deps.db.select().from(schema.slaClocks).where(eq(schema.slaClocks.id, w.clockId)))[0]!.acknowledgedBy ===
      PEOPLE[role].id,
    // In the triage channel it belongs in the ticket's own thread, not another ticket's.
    forged: (w) => [
      { channelId: TRIAGE, messageTs: nextTs(), threadTs: w.other.triageTs!, value: json({ k: w.clockId }) },
    ],
  },
  rate: {
    allowed: ['customer'],
    press: (w) => ({
      actionId: `${IDS.actions.rate}_4`,
      channelId: CHANNEL,
      messageTs: w.ticket.closingTs!,
      threadTs: w.ticket.rootTs,
      value: json({ t: w.ticket.id, r: 4 }),
    }),
    works: async (w) => (await ticketNow(w)).rating === 4,
    forged: (w) => [
      // Another channel's closing message, its value naming this ticket.
      {
        actionId: `${IDS.actions.rate}_1`,
        channelId: OTHER_CHANNEL,
        messageTs: w.other.closingTs!,
        value: json({ t: w.ticket.id, r: 1 }),
      },
      // The right channel, but a message that is not this ticket's closing message.
      {
        actionId: `${IDS.actions.rate}_1`,
        channelId: CHANNEL,
        messageTs: nextTs(),
        value: json({ t: w.ticket.id, r: 1 }),
      },
      // A payload claiming another workspace for the clicker.
      {
        actionId: `${IDS.actions.rate}_1`,
        channelId: CHANNEL,
        messageTs: w.ticket.closingTs!,
        value: json({ t: w.ticket.id, r: 1 }),
        teamId: OTHER_TEAM,
      },
    ],
  },
  openChannelSettings: {
    allowed: AGENTS_ONLY,
    // From App Home: no channel.
    press: () => ({ value: CHANNEL }),
    works: async (_w, from) => opened(from) === 1,
  },
  linkProblem: {
    allowed: AGENTS_ONLY,
    press: (w) => onCard(w, { t: w.ticket.id }),
    works: async (_w, from) => opened(from) === 1,
    forged: (w) => [onCard(w, { t: w.other.id })],
  },
  linkSuggestedProblem: {
    allowed: AGENTS_ONLY,
    press: (w) => onCard(w, { t: w.ticket.id, k: w.suggestionId }),
    works: async (w) => (await ticketNow(w)).knownProblemId === w.suggestionId,
    forged: (w) => [onCard(w, { t: w.other.id, k: w.suggestionId })],
  },
  unlinkProblem: {
    allowed: AGENTS_ONLY,
    press: (w) => onCard(w, { t: w.ticket.id, k: w.problemId }),
    works: async (w) => (await ticketNow(w)).knownProblemId === null,
    forged: (w) => [
      onCard(w, { t: w.other.id, k: w.otherProblemId }),
      onCard(w, { t: w.ticket.id, k: w.otherProblemId }),
    ],
  },
  resolveProblem: {
    allowed: AGENTS_ONLY,
    press: (w) => onCard(w, { t: w.ticket.id, k: w.problemId }),
    works: async (_w, from) => opened(from) === 1,
    forged: (w) => [
      onCard(w, { t: w.ticket.id, k: w.otherProblemId }),
      onCard(w, { t: w.other.id, k: w.otherProblemId }),
    ],
  },
  approveProblemUpdates: {
    allowed: AGENTS_ONLY,
    press: (w) => onCard(w, { t: w.ticket.id, k: w.problemId }),
    works: async (w) => (await draftStatus(w.updateDraftId)) === 'approved',
    forged: (w) => [onCard(w, { t: w.ticket.id, k: w.otherProblemId })],
  },
  shareAnswer: {
    allowed: AGENTS_ONLY,
    // Under an answer only its asker saw: the value carries the typed query and when it was asked.
    press: () => ({
      channelId: TRIAGE,
      value: json({ q: { measure: 'tickets', period: { kind: 'this_week' } }, at: deps.now().toISOString(), l: 'en' }),
    }),
    works: async () => (await deps.db.select().from(schema.outbox)).some((r) => r.kind === 'ask.answer'),
  },
  problemFromIncident: {
    allowed: AGENTS_ONLY,
    press: (w) => ({ channelId: TRIAGE, messageTs: incidentTs.get(w.incidentId)!, value: json({ i: w.incidentId }) }),
    works: async (w) =>
      (await deps.db.select().from(schema.knownProblems)).some((p) => p.fromIncidentId === w.incidentId),
    forged: (w) => [
      { channelId: TRIAGE, messageTs: incidentTs.get(w.incidentId)!, value: json({ i: w.otherIncidentId }) },
    ],
  },
  updateIncidentCustomers: {
    allowed: AGENTS_ONLY,
    press: (w) => onIncidentCard(w, w.incidentId),
    works: async (_w, from) => opened(from) === 1,
    forged: (w) => [onIncidentCard(w, w.otherIncidentId), { ...onIncidentCard(w, w.incidentId), messageTs: nextTs() }],
  },
  approveIncidentUpdates: {
    allowed: AGENTS_ONLY,
    press: (w) => onIncidentCard(w, w.incidentId),
    works: async (w) => (await draftStatus(w.updateDraftId)) === 'approved',
    forged: (w) => [onIncidentCard(w, w.otherIncidentId), { ...onIncidentCard(w, w.incidentId), messageTs: nextTs() }],
  },
};

/** A press on the incident card of the world's incident, naming `incidentId`. */
const onIncidentCard = (w: World, incidentId: number): Press => ({
  channelId: TRIAGE,
  messageTs: incidentTs.get(w.incidentId)!,
  value: json({ i: incidentId }),
});

/** Where each incident alert was posted. */
const incidentTs = new Map<number, string>();

async function press(role: Role, id: string, p: Press): Promise<void> {
  const { args } = blockAction(slack, {
    actionId: p.actionId ?? id,
    userId: PEOPLE[role].id,
    teamId: p.teamId ?? PEOPLE[role].team,
    channelId: p.channelId,
    messageTs: p.messageTs,
    threadTs: p.threadTs,
    value: p.value,
    selectedValue: p.selectedValue,
    selectedUser: p.selectedUser,
    blockId: p.blockId,
  });
  await actionRoutes(deps).dispatch(p.actionId ?? id, args, () => args.ack());
}

// ---------------------------------------------------------------------------------------------------------------
// Modal submits

interface ViewRow {
  metadata(w: World): string;
  values(w: World): Record<string, Record<string, unknown>>;
  works(w: World): Promise<boolean>;
}

const input = (value: string | null) => ({ type: 'plain_text_input', value });

const VIEWS: Record<keyof typeof IDS.views, ViewRow> = {
  editDraft: {
    metadata: (w) => json({ draftId: w.draftId }),
    values: () => ({
      [IDS.blocks.draftText]: {
        [IDS.inputs.draftText]: input('We found the cause and will update you here by 15:00 today.'),
      },
    }),
    works: async (w) => (await draftStatus(w.draftId)) === 'superseded',
  },
  channelSettings: {
    metadata: () => json({ channelId: CHANNEL }),
    values: () => ({
      [IDS.blocks.engineer]: { [IDS.inputs.engineer]: { type: 'users_select', selected_user: PEOPLE.engineer.id } },
      [IDS.blocks.tier]: { [IDS.inputs.tier]: { type: 'static_select', selected_option: { value: 'enterprise' } } },
      [IDS.blocks.hours]: { [IDS.inputs.hours]: input(null) },
      [IDS.blocks.timeZone]: { [IDS.inputs.timeZone]: input(`Asia/Shanghai`) },
      [IDS.blocks.language]: { [IDS.inputs.language]: { type: 'static_select', selected_option: { value: 'auto' } } },
    }),
    works: async () =>
      (await deps.db.select().from(schema.customerChannels).where(eq(schema.customerChannels.channelId, CHANNEL)))[0]!
        .timeZone === 'Asia/Shanghai',
  },
  linkProblem: {
    metadata: (w) => json({ ticketId: w.ticket.id }),
    values: (w) => ({
      [IDS.blocks.problemPick]: {
        [IDS.inputs.problemPick]: { type: 'static_select', selected_option: { value: String(w.suggestionId) } },
      },
      [IDS.blocks.problemTitle]: { [IDS.inputs.problemTitle]: input(null) },
    }),
    works: async (w) => (await ticketNow(w)).knownProblemId === w.suggestionId,
  },
  resolveProblem: {
    metadata: (w) => json({ problemId: w.problemId }),
    values: () => ({
      [IDS.blocks.problemCause]: { [IDS.inputs.problemCause]: input('Operator upgrade') },
      [IDS.blocks.problemFix]: { [IDS.inputs.problemFix]: input('Rerouted') },
    }),
    works: async (w) =>
      (await deps.db.select().from(schema.knownProblems).where(eq(schema.knownProblems.id, w.problemId)))[0]!.status ===
      'resolved',
  },
  incidentUpdate: {
    metadata: (w) =>
      json({
        incidentId: w.incidentId,
        channelId: TRIAGE,
        ts: incidentTs.get(w.incidentId),
        openedAt: deps.now().toISOString(),
      }),
    values: () => ({
      [IDS.blocks.nextUpdate]: {
        [IDS.inputs.nextUpdate]: { type: 'static_select', selected_option: { value: '60' } },
      },
    }),
    works: async (w) =>
      (await deps.db.select().from(schema.drafts).where(eq(schema.drafts.ticketId, w.ticket.id))).some(
        (d) => d.purpose === 'incident_update' && d.status === 'proposed',
      ),
  },
  resolve: {
    metadata: (w) => json({ t: w.ticket.id }),
    values: () => resolveValues({ side: 'our_service', cause: 'A server in the region', fix: 'Restarted' }),
    works: async (w) => (await ticketNow(w)).status === 'resolved',
  },
  resolveNote: {
    metadata: (w) => json({ t: w.ticket.id, side: 'our_service', rootCause: 'A server in the region', fix: null }),
    values: () => ({
      [IDS.blocks.closingNote]: {
        [IDS.inputs.closingNote]: input('A server in your region had a fault; we restarted it and calls are back.'),
      },
    }),
    works: async (w) => (await ticketNow(w)).status === 'resolved',
  },
};

async function submit(w: World, role: Role, id: string, row: ViewRow) {
  const { args, ack } = viewSubmission(slack, {
    callbackId: id,
    privateMetadata: row.metadata(w),
    values: row.values(w),
    userId: PEOPLE[role].id,
  });
  await viewRoutes(deps).dispatch(id, args, () => args.ack());
  return ack.mock.calls.map((c) => JSON.stringify(c[0] ?? null)).join(' ');
}

// ---------------------------------------------------------------------------------------------------------------
// Commands

interface CommandRow {
  text: string;
  channelId?: string;
  allowed: Role[] | 'everyone';
  works(answer: string, from: number): Promise<boolean>;
}

const COMMANDS: Record<string, CommandRow> = {
  link: {
    text: `link <@${PEOPLE.engineer.id}|eng> enterprise`,
    channelId: 'CCUST0003',
    allowed: AGENTS_ONLY,
    works: async () => (await deps.db.select().from(schema.customerChannels)).some((c) => c.channelId === 'CCUST0003'),
  },
  settings: { text: 'settings', allowed: AGENTS_ONLY, works: async (_a, from) => opened(from) === 1 },
  problems: { text: 'problems', allowed: AGENTS_ONLY, works: async (answer) => answer.includes('blocks') },
  report: {
    text: 'report 7',
    allowed: AGENTS_ONLY,
    works: async () => (await deps.db.select().from(schema.outbox)).some((r) => r.kind === 'report.post'),
  },
  export: {
    text: 'export 7',
    allowed: AGENTS_ONLY,
    works: async () => (await deps.db.select().from(schema.outbox)).some((r) => r.kind === 'report.export'),
  },
  ask: {
    text: 'ask how many tickets this week',
    allowed: AGENTS_ONLY,
    works: async (answer) => answer.includes('blocks'),
  },
  help: { text: 'help', allowed: 'everyone', works: async (answer) => answer.includes('/complaints') },
  language: { text: 'language en', allowed: AGENTS_ONLY, works: async (answer) => answer.includes('now work in') },
};

async function command(role: Role, row: CommandRow): Promise<string> {
  const { args, ack } = slashCommand(slack, { text: row.text, userId: PEOPLE[role].id, channelId: row.channelId });
  await complaintsCommand(deps, reportService(deps))(args);
  return JSON.stringify(ack.mock.calls[0]?.[0] ?? null);
}

// ---------------------------------------------------------------------------------------------------------------

beforeAll(async () => {
  t = await createTestDatabase();
  slack = new InProcessSlack();
  for (const role of ROLES) slack.addUser(PEOPLE[role].id, { team_id: PEOPLE[role].team });
  deps = serviceDeps(t.database.db, {
    triage: TRIAGE,
    agents: [PEOPLE.agent.id],
    staff: [PEOPLE.engineer.id, PEOPLE.colleague.id, PEOPLE.lead.id],
    env: { SUPPORT_LEAD_USER_ID: PEOPLE.lead.id },
    slack,
  });
  // The customers keep their own workspaces (serviceDeps added only our people).
  slack.addUser(PEOPLE.customer.id, { team_id: CUSTOMER_TEAM });
  slack.addUser(PEOPLE.otherCustomer.id, { team_id: OTHER_TEAM });
  const agentId = PEOPLE.agent.id;
  await linkChannel(deps, {
    channelId: CHANNEL,
    actorId: agentId,
    engineerUserId: PEOPLE.engineer.id,
    enterprise: false,
  });
  await linkChannel(deps, {
    channelId: OTHER_CHANNEL,
    actorId: agentId,
    engineerUserId: PEOPLE.agent.id,
    enterprise: false,
  });
});
afterAll(() => t.drop());

async function world(): Promise<World> {
  const w = await makeWorld();
  for (const id of [w.incidentId, w.otherIncidentId]) {
    const [row] = await deps.db.select().from(schema.incidents).where(eq(schema.incidents.id, id));
    incidentTs.set(id, row!.triageTs!);
  }
  return w;
}

describe('the authorization table: buttons and menus', () => {
  it('has a row for every control the app registers (a new control without one fails here)', () => {
    expect(Object.keys(ACTIONS).sort()).toEqual(Object.keys(IDS.actions).sort());
    const routed = actionRoutes(deps).ids();
    const known = new Set(Object.values(IDS.actions) as string[]);
    for (const id of routed) expect(known.has(id) || known.has(id.replace(/_[1-5]$/, ''))).toBe(true);
  });

  const cases = (Object.keys(ACTIONS) as Array<keyof typeof IDS.actions>).flatMap((name) =>
    ROLES.map((role) => [name, role, ACTIONS[name].allowed.includes(role)] as const),
  );

  // Refusals change nothing (each case checks it), so the refusals of one control share a world.
  const refusalWorlds = new Map<string, Promise<World>>();
  const worldFor = (name: string, allowed: boolean) => {
    if (allowed) return world();
    if (!refusalWorlds.has(name)) refusalWorlds.set(name, world());
    return refusalWorlds.get(name)!;
  };

  it.each(cases)('%s by the %s (allowed: %s)', async (name, role, allowed) => {
    const row = ACTIONS[name];
    const w = await worldFor(name, allowed);
    const before = await snapshot();
    const from = slack.calls.length;
    await press(role, IDS.actions[name], row.press(w, role));
    if (allowed) {
      expect(await row.works(w, from, role)).toBe(true);
      return;
    }
    expect(await snapshot()).toBe(before);
    expect(opened(from)).toBe(0);
    expect(toldTo(PEOPLE[role].id, from)).toHaveLength(1);
  });

  const forgedCases = (Object.keys(ACTIONS) as Array<keyof typeof IDS.actions>)
    .filter((name) => ACTIONS[name].forged)
    .map((name) => [name] as const);

  it.each(forgedCases)(
    '%s with ids that do not belong where it was clicked: refused, nothing changes',
    async (name) => {
      const row = ACTIONS[name];
      const role = row.allowed[0]!;
      const w = await world();
      for (const forged of row.forged!(w)) {
        const before = await snapshot();
        const from = slack.calls.length;
        await press(role, IDS.actions[name], forged);
        expect(await snapshot()).toBe(before);
        expect(opened(from)).toBe(0);
        expect(toldTo(PEOPLE[role].id, from)).toHaveLength(1);
      }
    },
  );
});

describe('the authorization table: modal submits', () => {
  it('has a row for every modal', () => {
    expect(Object.keys(VIEWS).sort()).toEqual(Object.keys(IDS.views).sort());
  });

  const cases = (Object.keys(VIEWS) as Array<keyof typeof IDS.views>).flatMap((name) =>
    ROLES.map((role) => [name, role, role === 'agent'] as const),
  );

  const refusalWorlds = new Map<string, Promise<World>>();

  it.each(cases)('%s submitted by the %s (allowed: %s)', async (name, role, allowed) => {
    if (!allowed && !refusalWorlds.has(name)) refusalWorlds.set(name, world());
    const w = await (allowed ? world() : refusalWorlds.get(name)!);
    const before = await snapshot();
    const answer = await submit(w, role, IDS.views[name], VIEWS[name]);
    if (allowed) {
      expect(await VIEWS[name].works(w)).toBe(true);
      return;
    }
    expect(await snapshot()).toBe(before);
    expect(answer).toContain('Only support agents');
  });
});

describe('the authorization table: /complaints', () => {
  const cases = Object.keys(COMMANDS).flatMap((name) =>
    ROLES.map((role) => {
      const allowed = COMMANDS[name]!.allowed;
      return [name, role, allowed === 'everyone' || allowed.includes(role)] as const;
    }),
  );

  it.each(cases)('/complaints %s by the %s (allowed: %s)', async (name, role, allowed) => {
    const row = COMMANDS[name]!;
    const before = await snapshot();
    const from = slack.calls.length;
    const answer = await command(role, row);
    if (allowed) {
      expect(await row.works(answer, from)).toBe(true);
      return;
    }
    expect(await snapshot()).toBe(before);
    expect(opened(from)).toBe(0);
    expect(answer).toContain('Only support agents');
  });
});

describe('the authorization table: App Home', () => {
  it.each(ROLES)('the Home tab for the %s shows the queue only to agents', async (role) => {
    await world();
    const before = await snapshot();
    const from = slack.calls.length;
    const listener = appHomeOpenedListener(deps, new Workspace(slack.client()));
    await listener({
      event: { type: 'app_home_opened', user: PEOPLE[role].id, channel: 'DHOME', tab: 'home', event_ts: '1' },
      client: slack.client(),
    } as unknown as Parameters<typeof listener>[0]);
    const [published] = slack.calls.slice(from).filter((c) => c.method === 'views.publish');
    const view = JSON.stringify(published!.args.view);
    expect(await snapshot()).toBe(before);
    // Agents see the queue (ticket numbers, the linked channels); anyone else a note with neither.
    expect(/#\d+/.test(view)).toBe(role === 'agent');
    expect(view.includes(IDS.actions.openChannelSettings)).toBe(role === 'agent');
  });
});
