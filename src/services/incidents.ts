import type { Config } from '../config.js';
import type { Executor } from '../db/client.js';
import {
  closeStaleIncident,
  countCustomersLike,
  findIncident,
  insertIncident,
  lockOpenIncident,
  lockOpenIncidentOfCategory,
  ticketsLike,
  updateIncident,
} from '../db/queries/incidents.js';
import { problemOfIncident } from '../db/queries/known-problems.js';
import { findTicket } from '../db/queries/tickets.js';
import type { Incident, Ticket } from '../db/schema/index.js';
import type { ServiceDeps } from './deps.js';
import { postIncidentJob } from '../queue/jobs.js';

/** New incidents list at most this many tickets up front; later ones are added as they come. */
const MAX_LISTED = 50;

/**
 * After a ticket opens (from the outbox, off the request path): if enough different customers reported the same
 * category (and region, where
 * known) within the window, open one incident, or add this ticket to the one already open.
 */
export async function noteForIncidents(
  db: Executor,
  incident: Config['incident'],
  ticket: Ticket,
  now: Date,
): Promise<number | undefined> {
  if (ticket.category === 'other') return undefined;
  const region = ticket.facts.region;
  const since = new Date(now.getTime() - incident.windowMs);
  if ((await countCustomersLike(db, { category: ticket.category, since, region })) < incident.threshold)
    return undefined;

  const key = `${ticket.category}|${region ?? '*'}`;
  await closeStaleIncident(db, { key, before: since });
  const similar = await ticketsLike(db, { category: ticket.category, since, region, limit: MAX_LISTED });
  const ids = [...new Set([...similar.map((t) => t.id), ticket.id])];
  const customers = [...new Set([...similar.map((t) => t.customerUserId), ticket.customerUserId])];
  // A report that names no region joins whatever incident of its kind is open.
  let open = region
    ? await lockOpenIncident(db, { key })
    : ((await lockOpenIncidentOfCategory(db, { category: ticket.category, since })) ??
      (await lockOpenIncident(db, { key })));
  if (!open) {
    open = await insertIncident(db, {
      key,
      category: ticket.category,
      region,
      ticketIds: ids,
      customerIds: customers,
      firstAt: now,
      lastAt: now,
    });
    // Another intake opened it a moment ago: join that one.
    open ??= await lockOpenIncident(db, { key });
    if (!open) return undefined;
  }
  await updateIncident(db, {
    id: open.id,
    changes: {
      ticketIds: [...new Set([...open.ticketIds, ...ids])].sort((a, b) => a - b),
      customerIds: [...new Set([...open.customerIds, ...customers])],
      lastAt: now,
    },
  });
  await postIncidentJob.queue(db, { incidentId: open.id });
  return open.id;
}

/** Off the request path, for a new ticket: does it make (or join) a possible incident? */
export async function checkForIncident(deps: ServiceDeps, params: { ticketId: number }): Promise<number | undefined> {
  const incidentId = await deps.db.transaction(async (tx) => {
    const ticket = await findTicket(tx, params);
    return ticket ? noteForIncidents(tx, deps.config.incident, ticket, ticket.createdAt) : undefined;
  });
  if (incidentId) deps.wake();
  return incidentId;
}

/** What the incident alert shows: the incident, the cards of its first 40 tickets, the known problem it is. */
export async function incidentToPost(db: Executor, params: { incidentId: number }) {
  const incident = await findIncident(db, { id: params.incidentId });
  if (!incident) return undefined;
  const cards: Array<{ ticketId: number; triageTs: string | null | undefined }> = [];
  for (const id of incident.ticketIds.slice(0, 40)) {
    const ticket = await findTicket(db, { ticketId: id });
    cards.push({ ticketId: id, triageTs: ticket?.triageTs });
  }
  return { incident, cards, problem: await problemOfIncident(db, { incidentId: incident.id }) };
}

/** The alert's first post is in the triage channel: later ones update it in place. */
export async function incidentPosted(db: Executor, params: { incident: Incident; ts: string }): Promise<void> {
  await updateIncident(db, { id: params.incident.id, changes: { triageTs: params.ts } });
}
