import type { Tx } from '../db/client.js';
import { findIncident } from '../db/queries/incidents.js';
import {
  countTicketsOfProblem,
  findKnownProblem,
  insertKnownProblem,
  insertUpdateDrafts,
  linkUnlinkedTickets,
  lockKnownProblem,
  lockOpenTicketsOfProblem,
  markProblemResolved,
  openKnownProblems,
  pendingUpdatesOfProblem,
  problemOfIncident,
  recordActivities,
  setTicketProblem,
  supersedeProposedOf,
} from '../db/queries/known-problems.js';
import { recordActivity } from '../db/queries/ticket-activity.js';
import { lockTicket } from '../db/queries/tickets.js';
import type { KnownProblem, Ticket } from '../db/schema/index.js';
import { PROBLEM_LIMITS } from '../domain/known-problems.js';
import { CATEGORY_SHORT } from '../domain/taxonomy.js';
import { checkTone } from '../domain/tone.js';
import { problemUpdateText } from '../drafting/problem-update.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { postIncidentJob, syncCardJob } from '../queue/jobs.js';
import { approveWaitingUpdate } from './approve-waiting.js';
import { requireAgent } from './authorisation.js';
import {
  type ClickPlace,
  requireIncidentCard,
  requireProblemOfTicket,
  requireTicketCard,
  ticketOfCard,
} from './card-place.js';
import type { ServiceDeps } from './deps.js';

/** A static select holds at most 100 options
 * (https://docs.slack.dev/reference/block-kit/block-elements/select-menu-element). */
const PICK_LIMIT = 100;

export interface ProblemText {
  title?: string;
  cause?: string;
  fix?: string;
}

function cleaned(value: string | undefined, field: keyof typeof PROBLEM_LIMITS, label: string): string | null {
  const text = (value ?? '').trim();
  if (text.length > PROBLEM_LIMITS[field])
    throw new InvalidInputError(`The ${label} is longer than ${PROBLEM_LIMITS[field]} characters. Please shorten it.`, {
      field,
    });
  return text || null;
}

function requiredTitle(value: string | undefined): string {
  const title = cleaned(value, 'title', 'title');
  if (!title)
    throw new InvalidInputError('Give the problem a short title, e.g. “Echo on Android 14”.', { field: 'title' });
  return title;
}

async function linkOne(tx: Tx, deps: ServiceDeps, p: { ticket: Ticket; problem: KnownProblem; agentId: string }) {
  await setTicketProblem(tx, { ticketId: p.ticket.id, problemId: p.problem.id });
  await recordActivity(tx, {
    ticketId: p.ticket.id,
    at: deps.now(),
    actorUserId: p.agentId,
    action: 'linked_problem',
    detail: p.problem.title,
  });
  await syncCardJob.queue(tx, { ticketId: p.ticket.id });
}

/** A new known problem, from the card ("New known problem…") or anywhere else; linked to the ticket if given. */
export async function createKnownProblem(
  deps: ServiceDeps,
  params: ProblemText & { agentId: string; ticketId?: number },
): Promise<KnownProblem> {
  await requireAgent(deps, params.agentId, 'create known problems');
  const title = requiredTitle(params.title);
  const cause = cleaned(params.cause, 'cause', 'cause');
  const fix = cleaned(params.fix, 'fix', 'fix');
  const problem = await deps.db.transaction(async (tx) => {
    const ticket = params.ticketId === undefined ? undefined : await lockTicket(tx, { ticketId: params.ticketId });
    if (params.ticketId !== undefined && !ticket) throw new NotFoundError(`Ticket #${params.ticketId} does not exist.`);
    const created = (await insertKnownProblem(tx, {
      title,
      cause,
      fix,
      createdBy: params.agentId,
      createdAt: deps.now(),
    }))!;
    if (ticket) await linkOne(tx, deps, { ticket, problem: created, agentId: params.agentId });
    return created;
  });
  deps.wake();
  return problem;
}

/** The open problems an agent can link a ticket to, newest first (as many as a menu holds). */
export async function openProblemsForLinking(
  deps: ServiceDeps,
  params: { agentId: string; ticketId?: number; on?: ClickPlace },
): Promise<KnownProblem[]> {
  await requireAgent(deps, params.agentId, 'link tickets to known problems');
  if (params.ticketId !== undefined)
    await ticketOfCard(deps.db, deps.config, { ticketId: params.ticketId, on: params.on });
  return openKnownProblems(deps.db, { limit: PICK_LIMIT });
}

/** The "Known problem…" form: link to the problem picked, or create the one named; not both, not neither. */
export async function linkFromForm(
  deps: ServiceDeps,
  params: ProblemText & { agentId: string; ticketId: number; problemId?: number },
): Promise<KnownProblem> {
  await requireAgent(deps, params.agentId, 'link tickets to known problems');
  const named = Boolean(params.title?.trim());
  if (params.problemId !== undefined && named)
    throw new InvalidInputError('Pick an open problem or name a new one, not both.', { field: 'title' });
  if (params.problemId === undefined) return createKnownProblem(deps, params);
  const { problem } = await linkTicketToProblem(deps, { ...params, problemId: params.problemId });
  return problem;
}

/** Links a ticket to a problem (replacing any earlier link); linking it again changes nothing. */
export async function linkTicketToProblem(
  deps: ServiceDeps,
  params: { agentId: string; ticketId: number; problemId: number; on?: ClickPlace },
): Promise<{ problem: KnownProblem; changed: boolean }> {
  await requireAgent(deps, params.agentId, 'link tickets to known problems');
  const outcome = await deps.db.transaction(async (tx) => {
    const ticket = await lockTicket(tx, { ticketId: params.ticketId });
    if (!ticket) throw new NotFoundError(`Ticket #${params.ticketId} does not exist.`);
    requireTicketCard(deps.config, ticket, params.on);
    const problem = await findKnownProblem(tx, { problemId: params.problemId });
    if (!problem) throw new NotFoundError('That known problem no longer exists.');
    // A suggestion is one of the open problems; a resolved one is not offered and cannot be linked from a click.
    if (params.on && problem.status !== 'open' && ticket.knownProblemId !== problem.id)
      throw new InvalidInputError(`“${problem.title}” is already resolved; it cannot be linked from here.`);
    if (ticket.knownProblemId === problem.id) return { problem, changed: false };
    await linkOne(tx, deps, { ticket, problem, agentId: params.agentId });
    return { problem, changed: true };
  });
  if (outcome.changed) deps.wake();
  return outcome;
}

export async function unlinkTicket(
  deps: ServiceDeps,
  params: { agentId: string; ticketId: number; problemId?: number; on?: ClickPlace },
): Promise<boolean> {
  await requireAgent(deps, params.agentId, 'unlink tickets from known problems');
  const changed = await deps.db.transaction(async (tx) => {
    const ticket = await lockTicket(tx, { ticketId: params.ticketId });
    if (!ticket) throw new NotFoundError(`Ticket #${params.ticketId} does not exist.`);
    requireTicketCard(deps.config, ticket, params.on);
    if (params.on && params.problemId !== undefined && ticket.knownProblemId !== null)
      requireProblemOfTicket(ticket, params.problemId);
    if (ticket.knownProblemId === null) return false;
    const problem = await findKnownProblem(tx, { problemId: ticket.knownProblemId });
    await setTicketProblem(tx, { ticketId: ticket.id, problemId: null });
    await recordActivity(tx, {
      ticketId: ticket.id,
      at: deps.now(),
      actorUserId: params.agentId,
      action: 'unlinked_problem',
      detail: problem?.title,
    });
    await syncCardJob.queue(tx, { ticketId: ticket.id });
    return true;
  });
  if (changed) deps.wake();
  return changed;
}

/**
 * One click on a possible-incident alert: a known problem named after it, with the alert's tickets linked (those
 * not linked to another problem already). A second click finds the one already made.
 */
export async function problemFromIncident(
  deps: ServiceDeps,
  params: { agentId: string; incidentId: number; on?: ClickPlace },
): Promise<{ problem: KnownProblem; created: boolean; linked: number }> {
  await requireAgent(deps, params.agentId, 'create known problems');
  const outcome = await deps.db.transaction(async (tx) => {
    const incident = await findIncident(tx, { id: params.incidentId });
    if (!incident) throw new NotFoundError('That incident alert no longer exists.');
    requireIncidentCard(deps.config, incident, params.on);
    const where = incident.region ? ` in ${incident.region}` : '';
    const created = await insertKnownProblem(tx, {
      title: `${CATEGORY_SHORT[incident.category]}${where}`.slice(0, PROBLEM_LIMITS.title),
      createdBy: params.agentId,
      createdAt: deps.now(),
      fromIncidentId: incident.id,
    });
    if (!created)
      return { problem: (await problemOfIncident(tx, { incidentId: incident.id }))!, created: false, linked: 0 };
    const linked = await linkUnlinkedTickets(tx, { ticketIds: incident.ticketIds, problemId: created.id });
    await recordActivities(
      tx,
      linked.map((ticketId) => ({
        ticketId,
        at: deps.now(),
        actorUserId: params.agentId,
        action: 'linked_problem',
        detail: created.title,
      })),
    );
    for (const ticketId of linked) await syncCardJob.queue(tx, { ticketId });
    // The alert shows the problem it became instead of the button.
    await postIncidentJob.queue(tx, { incidentId: incident.id });
    return { problem: created, created: true, linked: linked.length };
  });
  deps.wake();
  return outcome;
}

/**
 * A known-problem control clicked on a ticket's card names that ticket and the ticket's own problem. One in the
 * problems list (`/complaints problems`) names only the problem, which any agent may act on.
 */
async function requireProblemPlace(
  deps: ServiceDeps,
  params: { problemId: number; ticketId?: number; on?: ClickPlace },
): Promise<void> {
  if (!params.on || params.ticketId === undefined) return;
  const ticket = await ticketOfCard(deps.db, deps.config, { ticketId: params.ticketId, on: params.on });
  requireProblemOfTicket(ticket, params.problemId);
}

/** The problem an agent is about to resolve (for the modal): it must still be open. */
export async function problemForResolving(
  deps: ServiceDeps,
  params: { agentId: string; problemId: number; ticketId?: number; on?: ClickPlace },
): Promise<{ problem: KnownProblem; openTickets: number }> {
  await requireAgent(deps, params.agentId, 'resolve known problems');
  await requireProblemPlace(deps, params);
  const problem = await findKnownProblem(deps.db, { problemId: params.problemId });
  if (!problem) throw new NotFoundError('That known problem no longer exists.');
  if (problem.status !== 'open') throw new InvalidInputError(`“${problem.title}” is already resolved.`);
  const { open } = await countTicketsOfProblem(deps.db, { problemId: problem.id });
  return { problem, openTickets: open };
}

/**
 * The problem is fixed: every linked ticket that is not resolved gets a drafted update for its customer, in its
 * language and tone-checked, waiting on its card for an agent's approval. Nothing is sent here. Only the first of
 * any number of submits drafts anything.
 */
export async function resolveKnownProblem(
  deps: ServiceDeps,
  params: { agentId: string; problemId: number; cause?: string; fix?: string },
): Promise<{ problem: KnownProblem; drafted: number[]; already: boolean }> {
  await requireAgent(deps, params.agentId, 'resolve known problems');
  const cause = cleaned(params.cause, 'cause', 'cause');
  const fix = cleaned(params.fix, 'fix', 'fix');
  const outcome = await deps.db.transaction(async (tx) => {
    const current = await lockKnownProblem(tx, { problemId: params.problemId });
    if (!current) throw new NotFoundError('That known problem no longer exists.');
    const problem = await markProblemResolved(tx, {
      problemId: current.id,
      by: params.agentId,
      at: deps.now(),
      cause,
      fix,
    });
    if (!problem) return { problem: current, drafted: [], already: true };
    const open = await lockOpenTicketsOfProblem(tx, { problemId: problem.id });
    await draftUpdates(tx, deps, { problem, tickets: open });
    return { problem, drafted: open.map((t) => t.id), already: false };
  });
  deps.wake();
  return outcome;
}

/** One proposed update per ticket, replacing whatever draft was proposed there; then the cards show them. */
async function draftUpdates(tx: Tx, deps: ServiceDeps, p: { problem: KnownProblem; tickets: Ticket[] }): Promise<void> {
  const ids = p.tickets.map((t) => t.id);
  await supersedeProposedOf(tx, { ticketIds: ids });
  await insertUpdateDrafts(
    tx,
    p.tickets.map((ticket) => {
      const reply = problemUpdateText({ ticketId: ticket.id, language: ticket.language, fix: p.problem.fix });
      return {
        ticketId: ticket.id,
        cycle: ticket.cycle,
        source: 'rules' as const,
        purpose: 'problem_update' as const,
        language: ticket.language,
        reply,
        summary: ticket.summary ?? `Update on a known problem: ${p.problem.title}`.slice(0, 200),
        findings: checkTone(reply, { writtenBy: 'drafter' }),
        createdAt: deps.now(),
      };
    }),
  );
  await recordActivities(
    tx,
    ids.map((ticketId) => ({ ticketId, at: deps.now(), action: 'problem_update_drafted', detail: p.problem.title })),
  );
  for (const id of ids) await syncCardJob.queue(tx, { ticketId: id });
}

/**
 * "Approve all": every update about the problem still waiting is approved and queued to send, once each. A second
 * click (or a redelivered one) finds none waiting and sends nothing.
 */
export async function approveAllUpdates(
  deps: ServiceDeps,
  params: { agentId: string; problemId: number; ticketId?: number; on?: ClickPlace },
): Promise<{ problem: KnownProblem; approved: number[] }> {
  await requireAgent(deps, params.agentId, 'approve replies');
  await requireProblemPlace(deps, params);
  const outcome = await deps.db.transaction(async (tx) => {
    const problem = await lockKnownProblem(tx, { problemId: params.problemId });
    if (!problem) throw new NotFoundError('That known problem no longer exists.');
    const approved: number[] = [];
    for (const draft of await pendingUpdatesOfProblem(tx, { problemId: problem.id })) {
      const detail = 'with every update about the known problem';
      if (await approveWaitingUpdate(tx, { draft, agentId: params.agentId, at: deps.now(), detail }))
        approved.push(draft.ticketId);
    }
    return { problem, approved };
  });
  if (outcome.approved.length > 0) deps.wake();
  return outcome;
}
