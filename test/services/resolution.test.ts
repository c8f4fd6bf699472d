import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findTicket } from '../../src/db/queries/tickets.js';
import * as schema from '../../src/db/schema/index.js';
import { InvalidInputError, NotAnAgentError } from '../../src/errors.js';
import { linkChannel } from '../../src/services/channels.js';
import type { ServiceDeps } from '../../src/services/deps.js';
import { buildHome } from '../../src/services/home.js';
import { assignTicket } from '../../src/services/ownership.js';
import { resolveWithCause, resolveWithNote, ticketForResolving } from '../../src/services/resolution.js';
import { openTicketManually, resolveByAgent } from '../../src/services/ticket-actions.js';
import { customerWrote } from '../../src/services/tickets.js';
import type { Workspace } from '../../src/services/workspace.js';
import { closingMessage } from '../../src/views/closing.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { serviceDeps } from '../support/service-deps.js';

const TRIAGE = 'CTRIAGE01';
const CHANNEL = 'CCUST0001';
const AGENT = 'UAGENT001';
const OTHER_AGENT = 'UAGENT002';
const CUSTOMER = 'UCUST0001';
const ENGINEER = 'UENG00001';
const OUTSIDER = 'UOUTSIDE1';

describe('resolving with a cause, and ownership', () => {
  let t: TestDatabase;
  let deps: ServiceDeps;
  let seq = 0;

  beforeAll(async () => {
    t = await createTestDatabase();
    deps = serviceDeps(t.database.db, { triage: TRIAGE, agents: [AGENT, OTHER_AGENT] });
    await linkChannel(deps, { channelId: CHANNEL, actorId: AGENT, engineerUserId: ENGINEER, enterprise: false });
  });
  afterAll(() => t.drop());

  let ticketId: number;
  beforeEach(async () => {
    seq += 1;
    const opened = await openTicketManually(deps, {
      message: {
        channelId: CHANNEL,
        ts: `1772445600.${String(seq).padStart(6, '0')}`,
        text: seq % 2 ? 'Video calls keep freezing on Android 14' : '视频通话一直卡顿，安卓14',
        userId: CUSTOMER,
      },
      agentId: AGENT,
      via: 'shortcut',
    });
    ticketId = opened.ticket.id;
  });

  const ticket = async () => (await findTicket(deps.db, { ticketId }))!;
  const closingJobs = async () =>
    (await deps.db.select().from(schema.outbox).where(eq(schema.outbox.kind, 'closing.post'))).filter(
      (j) => (j.payload as { ticketId: number }).ticketId === ticketId,
    );
  const activity = async () =>
    deps.db.select().from(schema.ticketActivity).where(eq(schema.ticketActivity.ticketId, ticketId));

  it('resolves without a cause from any path that resolves: nothing recorded, the closing message queued', async () => {
    const result = await resolveByAgent(deps, { ticketId, agentId: AGENT });
    expect(result.resolvedNow).toBe(true);
    expect(await ticket()).toMatchObject({
      status: 'resolved',
      side: null,
      rootCause: null,
      fix: null,
    });
    expect(await closingJobs()).toHaveLength(1);
  });

  it('resolves in one step with only the side', async () => {
    const outcome = await resolveWithCause(deps, { ticketId, agentId: AGENT, side: 'not_found', tellCustomer: false });
    expect(outcome.kind).toBe('resolved');
    expect(await ticket()).toMatchObject({ status: 'resolved', side: 'not_found', rootCause: null, fix: null });
    expect((await activity()).find((a) => a.action === 'resolved')).toMatchObject({
      actorUserId: AGENT,
      detail: 'Not found / no action needed',
    });
    expect(await closingJobs()).toHaveLength(1);
  });

  it('stores the side, cause and fix, and logs them', async () => {
    await resolveWithCause(deps, {
      ticketId,
      agentId: AGENT,
      side: 'customer_device',
      rootCause: '  Echo cancellation off\non Android 14 with SDK 4.2 ',
      fix: 'Advised updating to SDK 4.3',
      tellCustomer: false,
    });
    expect(await ticket()).toMatchObject({
      side: 'customer_device',
      rootCause: 'Echo cancellation off on Android 14 with SDK 4.2',
      fix: 'Advised updating to SDK 4.3',
    });
    expect((await closingJobs())[0]!.payload).not.toHaveProperty('note');
    expect((await activity()).find((a) => a.action === 'resolved')?.detail).toBe(
      'Customer device / OS; Echo cancellation off on Android 14 with SDK 4.2',
    );
  });

  it('refuses a missing side or an overlong cause, naming the field, and changes nothing', async () => {
    await expect(
      resolveWithCause(deps, { ticketId, agentId: AGENT, side: null, tellCustomer: false }),
    ).rejects.toMatchObject({ field: 'side' });
    const long = resolveWithCause(deps, {
      ticketId,
      agentId: AGENT,
      side: 'our_service',
      rootCause: 'x'.repeat(151),
      tellCustomer: false,
    });
    await expect(long).rejects.toBeInstanceOf(InvalidInputError);
    await expect(long).rejects.toMatchObject({ field: 'rootCause' });
    expect((await ticket()).status).toBe('waiting_on_us');
  });

  it('"tell the customer" drafts a note in the customer’s language and changes nothing until approved', async () => {
    const zhTicket = (await ticket()).language === 'zh';
    const outcome = await resolveWithCause(deps, {
      ticketId,
      agentId: AGENT,
      side: 'our_service',
      rootCause: 'Jakarta node overloaded',
      fix: 'Added capacity in Jakarta',
      tellCustomer: true,
    });
    expect(outcome.kind).toBe('review_note');
    if (outcome.kind !== 'review_note') return;
    expect(outcome.note).toContain('Jakarta node overloaded');
    expect(outcome.note).toMatch(zhTicket ? /我们这边/ : /on our side/);
    expect(outcome.findings.filter((f) => f.severity === 'serious')).toEqual([]);
    expect((await ticket()).status).not.toBe('resolved');
    expect(await closingJobs()).toHaveLength(0);
  });

  it('the approved note is stored and the closing message carries it, escaped', async () => {
    const outcome = await resolveWithNote(deps, {
      ticketId,
      agentId: AGENT,
      resolution: { side: 'our_service', rootCause: 'Jakarta node overloaded', fix: null },
      note: ' The trouble was on our side <!channel>; we added capacity in Jakarta. ',
      sendAnyway: false,
    });
    expect(outcome.kind).toBe('resolved');
    const stored = await ticket();
    expect(stored).toMatchObject({ side: 'our_service', rootCause: 'Jakarta node overloaded', fix: null });
    const [job] = await closingJobs();
    const note = (job!.payload as { note?: string }).note;
    expect(note).toBe('The trouble was on our side <!channel>; we added capacity in Jakarta.');
    const message = closingMessage({ ticketId, language: stored.language, note });
    expect(message.text).toContain('The trouble was on our side &lt;!channel&gt;; we added capacity in Jakarta.');
    expect(JSON.stringify(message.blocks)).not.toContain('<!channel>');
    expect(await closingJobs()).toHaveLength(1);
  });

  it('a note with a serious tone finding waits for "send anyway"', async () => {
    const params = {
      ticketId,
      agentId: AGENT,
      resolution: { side: 'customer_network', rootCause: null, fix: null },
      note: 'Your network is bad, that is the problem.',
    };
    const held = await resolveWithNote(deps, { ...params, sendAnyway: false });
    expect(held.kind).toBe('needs_confirmation');
    expect((await ticket()).status).not.toBe('resolved');
    expect((await resolveWithNote(deps, { ...params, sendAnyway: true })).kind).toBe('resolved');
    expect((await closingJobs())[0]!.payload).toMatchObject({ note: 'Your network is bad, that is the problem.' });
  });

  it('an emptied note resolves without one', async () => {
    await resolveWithNote(deps, {
      ticketId,
      agentId: AGENT,
      resolution: { side: 'customer_config', rootCause: null, fix: null },
      note: '   ',
      sendAnyway: false,
    });
    expect(await ticket()).toMatchObject({ status: 'resolved', side: 'customer_config' });
    expect((await closingJobs())[0]!.payload).not.toHaveProperty('note');
  });

  it('a second resolve changes nothing and queues no second closing message', async () => {
    await resolveWithCause(deps, {
      ticketId,
      agentId: AGENT,
      side: 'our_service',
      rootCause: 'A',
      tellCustomer: false,
    });
    const again = await resolveWithCause(deps, {
      ticketId,
      agentId: OTHER_AGENT,
      side: 'not_found',
      tellCustomer: false,
    });
    expect(again.kind).toBe('already_resolved');
    expect(await ticket()).toMatchObject({ side: 'our_service', rootCause: 'A', resolvedBy: AGENT });
    expect(await closingJobs()).toHaveLength(1);
    await expect(ticketForResolving(deps, { ticketId, agentId: AGENT })).rejects.toThrow(/already resolved/);
  });

  it('the note goes with its own closing message only; a later resolution without one sends none', async () => {
    await resolveWithNote(deps, {
      ticketId,
      agentId: AGENT,
      resolution: { side: 'our_service', rootCause: 'A', fix: null },
      note: 'It was on our side.',
      sendAnyway: false,
    });
    const resolved = await ticket();
    const reopened = await deps.db.transaction(async (tx) =>
      customerWrote(tx, deps.config.sla, {
        ticket: resolved,
        text: 'It froze again',
        at: deps.now(),
        meaningful: true,
      }),
    );
    expect(reopened).toMatchObject({ status: 'waiting_on_us', side: 'our_service', rootCause: 'A' });
    const later = { ...deps, now: () => new Date('2026-03-02T11:00:00Z') };
    await resolveByAgent(later, { ticketId, agentId: AGENT });
    const notes = (await closingJobs()).map((j) => (j.payload as { note?: string }).note);
    expect(notes).toEqual(['It was on our side.', undefined]);
  });

  it('only agents resolve, and a refusal changes nothing', async () => {
    await expect(ticketForResolving(deps, { ticketId, agentId: OUTSIDER })).rejects.toBeInstanceOf(NotAnAgentError);
    await expect(
      resolveWithCause(deps, { ticketId, agentId: CUSTOMER, side: 'not_found', tellCustomer: false }),
    ).rejects.toBeInstanceOf(NotAnAgentError);
    await expect(
      resolveWithNote(deps, {
        ticketId,
        agentId: OUTSIDER,
        resolution: { side: 'not_found' },
        note: 'Hi',
        sendAnyway: true,
      }),
    ).rejects.toBeInstanceOf(NotAnAgentError);
    expect(await ticket()).toMatchObject({ status: 'waiting_on_us', side: null });
  });

  describe('ownership', () => {
    it('an agent assigns a ticket to themself, then hands it to another agent', async () => {
      const mine = await assignTicket(deps, { ticketId, actorId: AGENT, assigneeId: AGENT });
      expect(mine.changed).toBe(true);
      expect(await ticket()).toMatchObject({ assigneeId: AGENT, assignedAt: deps.now() });
      expect((await assignTicket(deps, { ticketId, actorId: AGENT, assigneeId: AGENT })).changed).toBe(false);
      await assignTicket(deps, { ticketId, actorId: AGENT, assigneeId: OTHER_AGENT });
      expect((await ticket()).assigneeId).toBe(OTHER_AGENT);
      expect((await activity()).map((a) => a.action)).toEqual(expect.arrayContaining(['assigned_self', 'reassigned']));
    });

    it('refuses a non-agent assigning, and assigning to a non-agent, changing nothing', async () => {
      await expect(assignTicket(deps, { ticketId, actorId: OUTSIDER, assigneeId: OUTSIDER })).rejects.toBeInstanceOf(
        NotAnAgentError,
      );
      await expect(assignTicket(deps, { ticketId, actorId: CUSTOMER, assigneeId: AGENT })).rejects.toBeInstanceOf(
        NotAnAgentError,
      );
      await expect(assignTicket(deps, { ticketId, actorId: AGENT, assigneeId: CUSTOMER })).rejects.toMatchObject({
        field: 'assigneeId',
      });
      expect((await ticket()).assigneeId).toBeNull();
    });

    it('a resolved ticket cannot be assigned', async () => {
      await resolveByAgent(deps, { ticketId, agentId: AGENT });
      await expect(assignTicket(deps, { ticketId, actorId: AGENT, assigneeId: AGENT })).rejects.toThrow(/resolved/);
    });

    it('App Home lists the viewer’s own open tickets first, and only theirs', async () => {
      await assignTicket(deps, { ticketId, actorId: AGENT, assigneeId: OTHER_AGENT });
      const workspace = { messageLink: async () => undefined } as unknown as Workspace;
      const theirs = JSON.stringify((await buildHome(deps, workspace, OTHER_AGENT)).blocks);
      const headers = (await buildHome(deps, workspace, OTHER_AGENT)).blocks
        .filter((b) => b.type === 'header')
        .map((b) => (b as { text: { text: string } }).text.text);
      expect(headers.slice(0, 3)).toEqual(['Complaint Desk', 'My tickets', 'Waiting on us']);
      const myTickets = theirs.slice(theirs.indexOf('My tickets'), theirs.indexOf('Waiting on us'));
      expect(myTickets).toContain(`*#${ticketId}*`);
      const mine = JSON.stringify((await buildHome(deps, workspace, AGENT)).blocks);
      expect(mine.slice(mine.indexOf('My tickets'), mine.indexOf('Waiting on us'))).not.toContain(`*#${ticketId}*`);
    });
  });
});
