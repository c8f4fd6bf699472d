import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertDraft } from '../../src/db/queries/drafts.js';
import { insertIncident } from '../../src/db/queries/incidents.js';
import { updateTicket } from '../../src/db/queries/tickets.js';
import * as schema from '../../src/db/schema/index.js';
import { InvalidInputError, NotAnAgentError } from '../../src/errors.js';
import { loadCardModel } from '../../src/services/card.js';
import { linkChannel } from '../../src/services/channels.js';
import type { ServiceDeps } from '../../src/services/deps.js';
import {
  approveAllUpdates,
  createKnownProblem,
  linkFromForm,
  linkTicketToProblem,
  openProblemsForLinking,
  problemForResolving,
  problemFromIncident,
  resolveKnownProblem,
  unlinkTicket,
} from '../../src/services/known-problems.js';
import { problemsOverview } from '../../src/services/problems-overview.js';
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

async function ticket(text: string, facts: schema.Ticket['facts'] = {}): Promise<schema.Ticket> {
  seq += 1;
  const opened = await openTicketManually(deps, {
    message: {
      channelId: CHANNEL,
      ts: `17724456${String(seq).padStart(2, '0')}.000100`,
      text,
      userId: `UCUST000${seq}`,
    },
    agentId: AGENT,
    via: 'shortcut',
  });
  return (await updateTicket(deps.db, { ticketId: opened.ticket.id, changes: { facts } }))!;
}

const draftsOf = (ticketId: number) =>
  deps.db.select().from(schema.drafts).where(eq(schema.drafts.ticketId, ticketId)).orderBy(schema.drafts.id);
const sendJobs = () => deps.db.select().from(schema.outbox).where(eq(schema.outbox.kind, 'reply.send'));
const card = (ticketId: number) => loadCardModel(deps.db, { ticketId, language: 'en', now: deps.now() });

beforeAll(async () => {
  t = await createTestDatabase();
  deps = serviceDeps(t.database.db, { triage: TRIAGE, agents: [AGENT] });
  await linkChannel(deps, { channelId: CHANNEL, actorId: AGENT, engineerUserId: 'UENG00001', enterprise: false });
});
afterAll(() => t.drop());

describe('linking three tickets and resolving the problem', () => {
  it('drafts one update per open ticket, in its language, sends nothing, and approve-all sends each once', async () => {
    const a = await ticket('Calls keep dropping in Jakarta', { region: 'Jakarta', network: '4G' });
    const b = await ticket('Our calls disconnect all the time', { region: 'Jakarta' });
    const c = await ticket('视频通话一直掉线', { region: '雅加达' });
    const closed = await ticket('Calls dropped yesterday', { region: 'Jakarta' });
    await updateTicket(deps.db, { ticketId: closed.id, changes: { status: 'resolved' } });
    // A reply was already proposed on one card: the update takes its place.
    const earlier = await insertDraft(deps.db, {
      ticketId: a.id,
      cycle: 0,
      source: 'rules',
      language: 'en',
      reply: 'Sorry about the drops; we will update you by 11:00.',
      summary: 'Drops',
      createdAt: deps.now(),
    });

    const problem = await createKnownProblem(deps, {
      agentId: AGENT,
      title: 'Jakarta operator backbone upgrade',
      ticketId: a.id,
    });
    for (const other of [b, c, closed])
      await linkTicketToProblem(deps, { agentId: AGENT, ticketId: other.id, problemId: problem.id });
    expect((await problemForResolving(deps, { agentId: AGENT, problemId: problem.id })).openTickets).toBe(3);

    const resolved = await resolveKnownProblem(deps, {
      agentId: AGENT,
      problemId: problem.id,
      cause: 'The operator rerouted traffic during an upgrade',
      fix: 'We moved your calls to another route until the operator finished.',
    });
    expect(resolved.drafted).toEqual([a.id, b.id, c.id]);
    expect(resolved.problem.status).toBe('resolved');

    const updates = await Promise.all([a, b, c].map(async (x) => (await draftsOf(x.id)).at(-1)!));
    expect(updates.map((d) => [d.purpose, d.status, d.language])).toEqual([
      ['problem_update', 'proposed', 'en'],
      ['problem_update', 'proposed', 'en'],
      ['problem_update', 'proposed', 'zh'],
    ]);
    expect(updates[0]!.reply).toContain(`ticket #${a.id}`);
    expect(updates[0]!.reply).toContain('We moved your calls to another route');
    expect(updates[2]!.reply).toContain(`工单 #${c.id}`);
    expect(updates.flatMap((d) => d.findings)).toEqual([]);
    expect((await draftsOf(a.id)).find((d) => d.id === earlier.id)?.status).toBe('superseded');
    expect(await draftsOf(closed.id)).toEqual([]);
    // Nothing is on its way to a customer until an agent approves.
    expect(await sendJobs()).toEqual([]);

    // The cards show the update for approval, and the button that approves them all.
    const model = (await card(b.id))!;
    expect(model.draft?.purpose).toBe('problem_update');
    expect(model.problems?.linked).toMatchObject({ tickets: 4, pendingUpdates: 3 });
    const overview = await problemsOverview(deps, { agentId: AGENT });
    expect(overview.waiting).toEqual([{ problem: resolved.problem, pending: 3 }]);
    expect(overview.open.map((o) => o.problem.id)).not.toContain(problem.id);

    // A second submit of the modal drafts nothing more.
    const again = await resolveKnownProblem(deps, { agentId: AGENT, problemId: problem.id });
    expect(again.already).toBe(true);
    expect((await draftsOf(a.id)).filter((d) => d.purpose === 'problem_update')).toHaveLength(1);

    // Approve all, clicked twice at once: each update is approved and queued to send exactly once.
    const [first, second] = await Promise.all([
      approveAllUpdates(deps, { agentId: AGENT, problemId: problem.id }),
      approveAllUpdates(deps, { agentId: AGENT, problemId: problem.id }),
    ]);
    expect([...first.approved, ...second.approved].sort((x, y) => x - y)).toEqual([a.id, b.id, c.id]);
    const jobs = await sendJobs();
    expect(jobs.map((j) => j.payload.draftId).sort()).toEqual(updates.map((d) => d.id).sort());
    expect((await approveAllUpdates(deps, { agentId: AGENT, problemId: problem.id })).approved).toEqual([]);
    expect((await sendJobs()).length).toBe(3);
    expect((await card(b.id))!.problems?.linked?.pendingUpdates).toBe(0);
  });

  it('approving one update on its card leaves the others waiting for theirs', async () => {
    const x = await ticket('Echo on every call on my Pixel', { device: 'Pixel 8', os: 'Android 14' });
    const y = await ticket('Echo when I call from Android', { os: 'Android 14' });
    const problem = await createKnownProblem(deps, { agentId: AGENT, title: 'Echo on Android 14', ticketId: x.id });
    await linkTicketToProblem(deps, { agentId: AGENT, ticketId: y.id, problemId: problem.id });
    await resolveKnownProblem(deps, { agentId: AGENT, problemId: problem.id });
    const before = (await sendJobs()).length;
    const { approveDraft } = await import('../../src/services/drafts.js');
    await approveDraft(deps, { draftId: (await draftsOf(x.id)).at(-1)!.id, agentId: AGENT });
    expect((await card(y.id))!.problems?.linked?.pendingUpdates).toBe(1);
    expect((await approveAllUpdates(deps, { agentId: AGENT, problemId: problem.id })).approved).toEqual([y.id]);
    expect((await sendJobs()).length).toBe(before + 2);
  });
});

describe('suggestions on new complaints', () => {
  it('suggests an open problem to a matching complaint only, and never links it by itself', async () => {
    const known = await ticket('Video freezes in São Paulo', { region: 'São Paulo', network: '5G' });
    const problem = await createKnownProblem(deps, {
      agentId: AGENT,
      title: 'São Paulo edge node overloaded',
      ticketId: known.id,
    });
    const matching = await ticket('The picture keeps freezing and lagging', { region: 'São Paulo' });
    const otherKind = await ticket('The beauty filter does not work', { region: 'São Paulo' });
    const elsewhere = await ticket('Video keeps freezing and lagging', { region: 'Lagos' });
    expect(matching.category).toBe(known.category);

    const suggested = (await card(matching.id))!.problems!.suggested;
    expect(suggested.map((s) => s.problem.id)).toContain(problem.id);
    expect(suggested.find((s) => s.problem.id === problem.id)!.reasons).toContain('region: São Paulo');
    for (const other of [otherKind, elsewhere])
      expect((await card(other.id))!.problems!.suggested.map((s) => s.problem.id)).not.toContain(problem.id);
    const stored = await deps.db.select().from(schema.tickets).where(eq(schema.tickets.id, matching.id));
    expect(stored[0]!.knownProblemId).toBeNull();
    // Once linked the card shows the problem instead of suggestions; unlinking brings them back.
    await linkTicketToProblem(deps, { agentId: AGENT, ticketId: matching.id, problemId: problem.id });
    expect((await card(matching.id))!.problems!.linked?.problem.id).toBe(problem.id);
    expect(await unlinkTicket(deps, { agentId: AGENT, ticketId: matching.id })).toBe(true);
    expect((await card(matching.id))!.problems!.linked).toBeUndefined();
  });
});

describe('a possible-incident alert made a known problem', () => {
  it('links the alert’s tickets once, however many clicks', async () => {
    const one = await ticket('No one can join our rooms', { region: 'Mumbai' });
    const two = await ticket('Cannot connect to any room', { region: 'Mumbai' });
    const incident = (await insertIncident(deps.db, {
      key: 'connectivity|Mumbai',
      category: 'connectivity',
      region: 'Mumbai',
      ticketIds: [one.id, two.id],
      customerIds: [one.customerUserId, two.customerUserId],
      firstAt: deps.now(),
      lastAt: deps.now(),
    }))!;
    const [a, b] = await Promise.all([
      problemFromIncident(deps, { agentId: AGENT, incidentId: incident.id }),
      problemFromIncident(deps, { agentId: AGENT, incidentId: incident.id }),
    ]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(a.problem.id).toBe(b.problem.id);
    expect(a.problem.title).toBe('Connectivity in Mumbai');
    const linked = await deps.db.select().from(schema.tickets).where(eq(schema.tickets.knownProblemId, a.problem.id));
    expect(linked.map((x) => x.id).sort()).toEqual([one.id, two.id]);
    const repost = await deps.db
      .select()
      .from(schema.outbox)
      .where(and(eq(schema.outbox.kind, 'incident.post'), eq(schema.outbox.coalesceKey, `incident:${incident.id}`)));
    expect(repost).toHaveLength(1);
  });
});

describe('rules', () => {
  it('asks for a title and keeps cause and fix within their limits, naming the field', async () => {
    await expect(createKnownProblem(deps, { agentId: AGENT, title: '   ' })).rejects.toMatchObject({
      constructor: InvalidInputError,
      field: 'title',
    });
    await expect(
      createKnownProblem(deps, { agentId: AGENT, title: 'Echo', fix: 'x'.repeat(501) }),
    ).rejects.toMatchObject({ field: 'fix' });
  });

  it('the link form links the problem picked or creates the one named, and refuses both or neither', async () => {
    const target = await ticket('Echo in every meeting');
    const picked = await createKnownProblem(deps, { agentId: AGENT, title: 'Meeting echo' });
    expect((await openProblemsForLinking(deps, { agentId: AGENT }))[0]!.id).toBe(picked.id);
    const listed = (await problemsOverview(deps, { agentId: AGENT })).open.find((o) => o.problem.id === picked.id);
    expect(listed).toMatchObject({ linked: 0, openTickets: 0 });
    await expect(
      linkFromForm(deps, { agentId: AGENT, ticketId: target.id, problemId: picked.id, title: 'Another' }),
    ).rejects.toMatchObject({ field: 'title' });
    await expect(linkFromForm(deps, { agentId: AGENT, ticketId: target.id, title: ' ' })).rejects.toMatchObject({
      field: 'title',
    });
    expect((await linkFromForm(deps, { agentId: AGENT, ticketId: target.id, problemId: picked.id })).id).toBe(
      picked.id,
    );
    const created = await linkFromForm(deps, {
      agentId: AGENT,
      ticketId: target.id,
      title: 'Echo on SDK 4.2',
      fix: 'Patched',
    });
    expect(created).toMatchObject({ title: 'Echo on SDK 4.2', fix: 'Patched', status: 'open' });
    const [row] = await deps.db.select().from(schema.tickets).where(eq(schema.tickets.id, target.id));
    expect(row!.knownProblemId).toBe(created.id);
  });

  it('refuses every known-problem operation to someone who is not an agent, changing nothing', async () => {
    const target = await ticket('Calls drop', { region: 'Jakarta' });
    const problem = await createKnownProblem(deps, { agentId: AGENT, title: 'Some problem' });
    const before = JSON.stringify(
      await Promise.all([schema.knownProblems, schema.tickets, schema.drafts].map((x) => deps.db.select().from(x))),
    );
    const calls = [
      () => createKnownProblem(deps, { agentId: OUTSIDER, title: 'Mine', ticketId: target.id }),
      () => linkTicketToProblem(deps, { agentId: OUTSIDER, ticketId: target.id, problemId: problem.id }),
      () => unlinkTicket(deps, { agentId: OUTSIDER, ticketId: target.id }),
      () => problemForResolving(deps, { agentId: OUTSIDER, problemId: problem.id }),
      () => resolveKnownProblem(deps, { agentId: OUTSIDER, problemId: problem.id }),
      () => approveAllUpdates(deps, { agentId: OUTSIDER, problemId: problem.id }),
      () => problemFromIncident(deps, { agentId: OUTSIDER, incidentId: 1 }),
      () => openProblemsForLinking(deps, { agentId: OUTSIDER }),
      () => linkFromForm(deps, { agentId: OUTSIDER, ticketId: target.id, title: 'Mine' }),
      () => problemsOverview(deps, { agentId: OUTSIDER }),
    ];
    for (const call of calls) await expect(call()).rejects.toBeInstanceOf(NotAnAgentError);
    const after = JSON.stringify(
      await Promise.all([schema.knownProblems, schema.tickets, schema.drafts].map((x) => deps.db.select().from(x))),
    );
    expect(after).toBe(before);
  });
});
