import {
  countUnresolvedTickets,
  lockUnresolvedTickets,
  pendingUpdatesOfTickets,
  ticketsWithInterimUpdateSince,
  UPDATE_PURPOSES,
} from '../db/queries/incident-updates.js';
import { findIncident, incidentOfTicket, lockIncident } from '../db/queries/incidents.js';
import { insertUpdateDrafts, recordActivities, supersedeProposedOf } from '../db/queries/known-problems.js';
import type { Draft, Incident, Ticket } from '../db/schema/index.js';
import { type NextUpdateMinutes, parseNextUpdate } from '../domain/incident-update.js';
import { checkTone } from '../domain/tone.js';
import { incidentUpdateText } from '../drafting/incident-update.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { postIncidentJob, syncCardJob } from '../queue/jobs.js';
import type { Tx } from '../db/client.js';
import { requireAgent } from './authorisation.js';
import { type ClickPlace, requireIncidentCard } from './card-place.js';
import type { ServiceDeps } from './deps.js';
import { approveWaitingUpdate } from './approve-waiting.js';

/** The incident card a form was opened from: its submit must name the same card. */
export interface IncidentCardPlace {
  channelId: string;
  ts: string;
}

function requireOpen(incident: Incident): void {
  if (incident.status !== 'open')
    throw new InvalidInputError(
      'This incident is over, so no interim update was drafted. Answer each ticket on its card.',
    );
}

/**
 * "Update every customer…" was clicked: by an agent, on the incident's own card, while the incident lasts and some
 * of its tickets are not resolved. What the form needs: how many customers will get a draft, and the card's place
 * and the moment it opened, which its submit carries back (the moment names this round of updates).
 */
export async function incidentForUpdate(
  deps: ServiceDeps,
  params: { agentId: string; incidentId: number; on: ClickPlace },
): Promise<{ incident: Incident; unresolved: number; place: IncidentCardPlace; openedAt: Date }> {
  await requireAgent(deps, params.agentId, 'update customers about an incident');
  const incident = await findIncident(deps.db, { id: params.incidentId });
  if (!incident) throw new NotFoundError('That incident no longer exists.');
  requireIncidentCard(deps.config, incident, params.on);
  // requireIncidentCard let only a click on the card's own message through.
  if (params.on.kind !== 'message') throw new InvalidInputError('Please use the button on the incident card.');
  requireOpen(incident);
  const unresolved = await countUnresolvedTickets(deps.db, { ticketIds: incident.ticketIds });
  if (unresolved === 0)
    throw new InvalidInputError('Every ticket of this incident is resolved: there is no customer left to update.');
  return { incident, unresolved, place: { channelId: params.on.channelId, ts: params.on.ts }, openedAt: deps.now() };
}

/**
 * The form was submitted: every ticket of the incident that is not resolved gets an interim update for its
 * customer, in its language and tone-checked, replacing the draft proposed there and waiting on its card for an
 * agent. Nothing is sent here. A ticket that already got this round's update (a second submit of the same form,
 * `openedAt`) is skipped, under the incident's lock, so any number of submits draft once.
 */
export async function draftIncidentUpdates(
  deps: ServiceDeps,
  params: { agentId: string; incidentId: number; nextUpdate?: string; place: IncidentCardPlace; openedAt: Date },
): Promise<{ drafted: number[]; already: boolean }> {
  await requireAgent(deps, params.agentId, 'update customers about an incident');
  const minutes = parseNextUpdate(params.nextUpdate);
  if (minutes === undefined)
    throw new InvalidInputError('Pick when customers will hear from us next.', { field: 'nextUpdate' });
  const on: ClickPlace = { kind: 'message', ...params.place };
  const outcome = await deps.db.transaction(async (tx) => {
    const incident = await lockIncident(tx, { id: params.incidentId });
    if (!incident) throw new NotFoundError('That incident no longer exists.');
    requireIncidentCard(deps.config, incident, on);
    requireOpen(incident);
    const open = await lockUnresolvedTickets(tx, { ticketIds: incident.ticketIds });
    const done = await ticketsWithInterimUpdateSince(tx, { ticketIds: open.map((t) => t.id), since: params.openedAt });
    const fresh = open.filter((t) => !done.has(t.id));
    if (fresh.length > 0) await draftInterimUpdates(tx, deps, { incident, tickets: fresh, minutes });
    return { drafted: fresh.map((t) => t.id), already: done.size > 0 };
  });
  if (outcome.drafted.length > 0) deps.wake();
  return outcome;
}

async function draftInterimUpdates(
  tx: Tx,
  deps: ServiceDeps,
  p: { incident: Incident; tickets: Ticket[]; minutes: NextUpdateMinutes },
): Promise<void> {
  const ids = p.tickets.map((t) => t.id);
  const now = deps.now();
  const nextAt = new Date(now.getTime() + p.minutes * 60_000);
  await supersedeProposedOf(tx, { ticketIds: ids });
  await insertUpdateDrafts(
    tx,
    p.tickets.map((ticket) => {
      const reply = incidentUpdateText({ ticketId: ticket.id, language: ticket.language, nextAt });
      return {
        ticketId: ticket.id,
        cycle: ticket.cycle,
        source: 'rules' as const,
        purpose: 'incident_update' as const,
        language: ticket.language,
        reply,
        summary: ticket.summary ?? `Interim update about incident ${p.incident.id}`,
        findings: checkTone(reply, { writtenBy: 'drafter' }),
        createdAt: now,
      };
    }),
  );
  await recordActivities(
    tx,
    ids.map((ticketId) => ({
      ticketId,
      at: now,
      action: 'incident_update_drafted',
      detail: `next update ${p.minutes} min`,
    })),
  );
  for (const id of ids) await syncCardJob.queue(tx, { ticketId: id });
  // The incident card offers to approve them all.
  await postIncidentJob.queue(tx, { incidentId: p.incident.id });
}

/**
 * "Approve all N updates" on the incident card (after Slack's confirm dialog): every update waiting for the
 * incident's customers, interim or about its known problem, is approved and queued to send, once each. Sending is a
 * reply: it answers the ticket and stops its clock, and resolves nothing. A second click (or a redelivered one) finds
 * none waiting and sends nothing.
 */
export async function approveIncidentUpdates(
  deps: ServiceDeps,
  params: { agentId: string; incidentId: number; on?: ClickPlace },
): Promise<{ approved: number[] }> {
  await requireAgent(deps, params.agentId, 'approve replies');
  const outcome = await deps.db.transaction(async (tx) => {
    const incident = await lockIncident(tx, { id: params.incidentId });
    if (!incident) throw new NotFoundError('That incident no longer exists.');
    requireIncidentCard(deps.config, incident, params.on);
    const approved: number[] = [];
    for (const draft of await pendingUpdatesOfTickets(tx, { ticketIds: incident.ticketIds })) {
      const detail = 'with every update for the incident';
      if (await approveWaitingUpdate(tx, { draft, agentId: params.agentId, at: deps.now(), detail }))
        approved.push(draft.ticketId);
    }
    if (approved.length > 0) await postIncidentJob.queue(tx, { incidentId: incident.id });
    return { approved };
  });
  if (outcome.approved.length > 0) deps.wake();
  return outcome;
}

/**
 * An update of an incident's customer was approved, edited or discarded on its own card: the incident card's
 * "Approve all N updates" counts one fewer.
 */
export async function recountIncidentUpdates(tx: Tx, draft: Pick<Draft, 'ticketId' | 'purpose'>): Promise<void> {
  if (!(UPDATE_PURPOSES as readonly string[]).includes(draft.purpose)) return;
  const incident = await incidentOfTicket(tx, { ticketId: draft.ticketId });
  if (incident) await postIncidentJob.queue(tx, { incidentId: incident.id });
}
