import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertDraft } from '../../src/db/queries/drafts.js';
import { insertIncident } from '../../src/db/queries/incidents.js';
import { findTicket, updateTicket } from '../../src/db/queries/tickets.js';
import * as schema from '../../src/db/schema/index.js';
import { InvalidInputError, NotAllowedError, NotAnAgentError } from '../../src/errors.js';
import { linkChannel } from '../../src/services/channels.js';
import type { ServiceDeps } from '../../src/services/deps.js';
import { approveDraft, discardDraft, markReplySent, replyToSend } from '../../src/services/drafts.js';
import { loadIncidentCard } from '../../src/services/incident-card.js';
import {
  approveIncidentUpdates,
  draftIncidentUpdates,
  incidentForUpdate,
} from '../../src/services/incident-updates.js';
import { openTicketManually } from '../../src/services/ticket-actions.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { serviceDeps } from '../support/service-deps.js';

const TRIAGE = 'CTRIAGE01';
const CHANNEL = 'CCUST0001';
const AGENT = 'UAGENT001';
const OUTSIDER = 'UOUTSIDE1';

let t: TestDatabase;
let deps: ServiceDeps;
let seq = 0;

async function ticket(text: string): Promise<schema.Ticket> {
  seq += 1;
  const opened = await openTicketManually(deps, {
    message: { channelId: CHANNEL, ts: `17724457${String(seq).padStart(2, '0')}.000100`, text, userId: `UCUS${seq}` },
    agentId: AGENT,
    via: 'shortcut',
  });
  return opened.ticket;
}

async function incidentOf(tickets: schema.Ticket[]): Promise<schema.Incident> {
  seq += 1;
  return (await insertIncident(deps.db, {
    key: `group:${seq}`,
    category: 'connectivity',
    ticketIds: tickets.map((x) => x.id),
    customerIds: tickets.map((x) => x.customerUserId),
    firstAt: deps.now(),
    lastAt: deps.now(),
    triageTs: `17724458${String(seq).padStart(2, '0')}.000200`,
  }))!;
}

const onCard = (incident: schema.Incident) => ({ channelId: TRIAGE, ts: incident.triageTs! });
const draftsOf = (ids: number[]) =>
  deps.db.select().from(schema.drafts).where(inArray(schema.drafts.ticketId, ids)).orderBy(schema.drafts.id);
const interimOf = async (ids: number[]) => (await draftsOf(ids)).filter((d) => d.purpose === 'incident_update');
const jobs = (kind: string) => deps.db.select().from(schema.outbox).where(eq(schema.outbox.kind, kind));
const everything = async () =>
  JSON.stringify(
    await Promise.all(
      [schema.drafts, schema.outbox, schema.ticketActivity, schema.tickets].map((x) => deps.db.select().from(x)),
    ),
  );

beforeAll(async () => {
  t = await createTestDatabase();
  deps = serviceDeps(t.database.db, { triage: TRIAGE, agents: [AGENT] });
  await linkChannel(deps, { channelId: CHANNEL, actorId: AGENT, engineerUserId: 'UENG00001', enterprise: false });
});
afterAll(() => t.drop());

describe('an interim update to every customer of an incident', () => {
  it('drafts one per open ticket, in its language, tone-checked, in place of the proposed draft', async () => {
    const a = await ticket('Calls keep dropping in Jakarta');
    const b = await ticket('视频通话一直掉线');
    const c = await ticket('Las llamadas se cortan todo el tiempo');
    const closed = await ticket('Calls dropped yesterday');
    await updateTicket(deps.db, { ticketId: closed.id, changes: { status: 'resolved' } });
    const earlier = await insertDraft(deps.db, {
      ticketId: a.id,
      cycle: 0,
      source: 'rules',
      language: 'en',
      reply: 'Sorry about the drops; we are looking at the call records now.',
      summary: 'Drops',
      createdAt: deps.now(),
    });
    const incident = await incidentOf([a, b, c, closed]);
    const on = { kind: 'message' as const, ...onCard(incident) };

    const form = await incidentForUpdate(deps, { agentId: AGENT, incidentId: incident.id, on });
    expect(form.unresolved).toBe(3);
    expect(form.place).toEqual(onCard(incident));
    const sendsBefore = (await jobs('reply.send')).length;

    const outcome = await draftIncidentUpdates(deps, {
      agentId: AGENT,
      incidentId: incident.id,
      nextUpdate: '60',
      place: form.place,
      openedAt: form.openedAt,
    });
    expect(outcome).toEqual({ drafted: [a.id, b.id, c.id], already: false });
    const interim = await interimOf([a.id, b.id, c.id, closed.id]);
    expect(interim.map((d) => [d.ticketId, d.status, d.language])).toEqual([
      [a.id, 'proposed', 'en'],
      [b.id, 'proposed', 'zh'],
      [c.id, 'proposed', 'es'],
    ]);
    // One hour after the fixed test clock (10:00 UTC), written as the receipt writes its time.
    expect(interim[0]!.reply).toContain(`(ticket #${a.id})`);
    expect(interim[0]!.reply).toContain('next update here by 2026-03-02 11:00 UTC');
    expect(interim[1]!.reply).toContain(`工单 #${b.id}`);
    expect(interim[2]!.reply).toContain('antes de 2026-03-02 11:00 UTC');
    expect(interim.flatMap((d) => d.findings)).toEqual([]);
    expect((await draftsOf([a.id])).find((d) => d.id === earlier.id)?.status).toBe('superseded');
    expect((await jobs('reply.send')).length).toBe(sendsBefore);
    expect((await jobs('incident.post')).some((j) => j.payload.incidentId === incident.id)).toBe(true);

    const cardModel = await loadIncidentCard(deps.db, { incidentId: incident.id, now: deps.now() });
    expect(cardModel?.details).toMatchObject({ unresolved: 3, pendingUpdates: 3 });
  });

  it('drafts once however many times one form is submitted; a new form later makes a new round', async () => {
    const a = await ticket('Calls drop');
    const b = await ticket('通話がすぐ切れます');
    const incident = await incidentOf([a, b]);
    const form = await incidentForUpdate(deps, {
      agentId: AGENT,
      incidentId: incident.id,
      on: { kind: 'message', ...onCard(incident) },
    });
    const submit = () =>
      draftIncidentUpdates(deps, {
        agentId: AGENT,
        incidentId: incident.id,
        nextUpdate: '120',
        place: form.place,
        openedAt: form.openedAt,
      });
    const outcomes = await Promise.all([submit(), submit()]);
    expect(outcomes.map((o) => o.drafted.length).sort()).toEqual([0, 2]);
    const again = await submit();
    expect(again).toEqual({ drafted: [], already: true });
    expect(await interimOf([a.id, b.id])).toHaveLength(2);

    // Half an hour later an agent opens the form again: the next round replaces the first's drafts.
    const later = { ...deps, now: () => new Date(deps.now().getTime() + 30 * 60_000) };
    const next = await draftIncidentUpdates(later, {
      agentId: AGENT,
      incidentId: incident.id,
      nextUpdate: '30',
      place: form.place,
      openedAt: later.now(),
    });
    expect(next.drafted).toEqual([a.id, b.id]);
    const all = await interimOf([a.id, b.id]);
    expect(all.map((d) => d.status)).toEqual(['superseded', 'superseded', 'proposed', 'proposed']);
    expect(all[3]!.reply).toContain('2026-03-02 11:00 UTCまでに');
  });

  it('refuses a non-agent, another card, an unknown choice and an incident that is over', async () => {
    const a = await ticket('Calls drop again');
    const incident = await incidentOf([a]);
    const other = await incidentOf([await ticket('No audio in calls')]);
    const form = { incidentId: incident.id, nextUpdate: '60', place: onCard(incident), openedAt: deps.now() };
    const before = await everything();

    await expect(draftIncidentUpdates(deps, { ...form, agentId: OUTSIDER })).rejects.toBeInstanceOf(NotAnAgentError);
    await expect(
      incidentForUpdate(deps, {
        agentId: OUTSIDER,
        incidentId: incident.id,
        on: { kind: 'message', ...onCard(incident) },
      }),
    ).rejects.toBeInstanceOf(NotAnAgentError);
    // This card's button naming another incident, and a form carrying another card's place.
    await expect(
      incidentForUpdate(deps, { agentId: AGENT, incidentId: other.id, on: { kind: 'message', ...onCard(incident) } }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    await expect(draftIncidentUpdates(deps, { ...form, agentId: AGENT, place: onCard(other) })).rejects.toBeInstanceOf(
      NotAllowedError,
    );
    await expect(
      approveIncidentUpdates(deps, {
        agentId: AGENT,
        incidentId: other.id,
        on: { kind: 'message', ...onCard(incident) },
      }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    for (const nextUpdate of ['45', '', 'in 1 hour', undefined]) {
      const refused = draftIncidentUpdates(deps, { ...form, agentId: AGENT, nextUpdate });
      await expect(refused).rejects.toBeInstanceOf(InvalidInputError);
      await expect(refused).rejects.toMatchObject({ field: 'nextUpdate' });
    }
    await deps.db.update(schema.incidents).set({ status: 'closed' }).where(eq(schema.incidents.id, incident.id));
    await expect(draftIncidentUpdates(deps, { ...form, agentId: AGENT })).rejects.toBeInstanceOf(InvalidInputError);
    await deps.db.update(schema.incidents).set({ status: 'open' }).where(eq(schema.incidents.id, incident.id));
    expect(await everything()).toBe(before);
  });
});

describe('approving every update of an incident', () => {
  it('sends interim and known-problem updates alike, once each: a sent one answers, never resolves', async () => {
    const a = await ticket('Calls freeze');
    const b = await ticket('视频卡住了');
    const c = await ticket('Video freezes in calls');
    const incident = await incidentOf([a, b, c]);
    const on = { kind: 'message' as const, ...onCard(incident) };
    await draftIncidentUpdates(deps, {
      agentId: AGENT,
      incidentId: incident.id,
      nextUpdate: '240',
      place: onCard(incident),
      openedAt: deps.now(),
    });
    // One customer's ticket holds an update about a known problem instead.
    await deps.db.update(schema.drafts).set({ status: 'superseded' }).where(eq(schema.drafts.ticketId, c.id));
    const problemUpdate = await insertDraft(deps.db, {
      ticketId: c.id,
      cycle: 0,
      source: 'rules',
      purpose: 'problem_update',
      language: 'en',
      reply: 'An update on your report: we found what was behind it, and it has been dealt with.',
      summary: 'Update',
      createdAt: deps.now(),
    });

    const first = await Promise.all([
      approveIncidentUpdates(deps, { agentId: AGENT, incidentId: incident.id, on }),
      approveIncidentUpdates(deps, { agentId: AGENT, incidentId: incident.id, on }),
    ]);
    expect(first.map((o) => o.approved.length).sort()).toEqual([0, 3]);
    expect((await approveIncidentUpdates(deps, { agentId: AGENT, incidentId: incident.id, on })).approved).toEqual([]);
    const sends = await jobs('reply.send');
    const approved = (await draftsOf([a.id, b.id, c.id])).filter((d) => d.status === 'approved');
    expect(approved.map((d) => d.purpose).sort()).toEqual(['incident_update', 'incident_update', 'problem_update']);
    expect(approved.map((d) => d.id)).toContain(problemUpdate.id);
    const sentIds = new Set(sends.map((j) => j.payload.draftId));
    for (const d of approved) expect(sentIds.has(d.id), `send job for draft ${d.id}`).toBe(true);
    const card = await loadIncidentCard(deps.db, { incidentId: incident.id, now: deps.now() });
    expect(card?.details.pendingUpdates).toBe(0);

    // The send job posts it, then records it: the first-reply clock stops and the ticket waits on the customer.
    const reply = await replyToSend(deps.db, { draftId: approved[0]!.id });
    if ('skipped' in reply) throw new Error(reply.skipped);
    await markReplySent(deps, { draft: reply.draft, ts: '1772445999.000300' });
    const after = (await findTicket(deps.db, { ticketId: reply.ticket.id }))!;
    expect(after.status).toBe('waiting_on_customer');
    expect(after.firstRespondedAt).not.toBeNull();
    const clocks = await deps.db.select().from(schema.slaClocks).where(eq(schema.slaClocks.ticketId, after.id));
    expect(clocks.filter((k) => k.kind === 'first_response').map((k) => k.state)).toEqual(['met']);
  });

  it('an update approved or discarded on its own card redraws the incident card, so its count stays true', async () => {
    const a = await ticket('Calls cut out');
    const b = await ticket('Calls cut out here too');
    const incident = await incidentOf([a, b]);
    await draftIncidentUpdates(deps, {
      agentId: AGENT,
      incidentId: incident.id,
      nextUpdate: '30',
      place: onCard(incident),
      openedAt: deps.now(),
    });
    const [first, second] = await interimOf([a.id, b.id]);
    const redraws = async () => (await jobs('incident.post')).filter((j) => j.payload.incidentId === incident.id);
    await deps.db.delete(schema.outbox).where(eq(schema.outbox.kind, 'incident.post'));

    await approveDraft(deps, { draftId: first!.id, agentId: AGENT });
    expect(await redraws()).toHaveLength(1);
    await deps.db.delete(schema.outbox).where(eq(schema.outbox.kind, 'incident.post'));
    await discardDraft(deps, { draftId: second!.id, agentId: AGENT });
    expect(await redraws()).toHaveLength(1);
    const card = await loadIncidentCard(deps.db, { incidentId: incident.id, now: deps.now() });
    expect(card?.details.pendingUpdates).toBe(0);

    // An ordinary reply changes nothing on the incident card.
    await deps.db.delete(schema.outbox).where(eq(schema.outbox.kind, 'incident.post'));
    const reply = await insertDraft(deps.db, {
      ticketId: b.id,
      cycle: 0,
      source: 'rules',
      language: 'en',
      reply: 'Sorry about the calls; we are checking them now and will write again here within the hour.',
      summary: 'Cuts',
      createdAt: deps.now(),
    });
    await approveDraft(deps, { draftId: reply.id, agentId: AGENT });
    expect(await redraws()).toEqual([]);
  });
});
