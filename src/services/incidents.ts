import type { Config } from '../config.js';
import type { Executor } from '../db/client.js';
import {
  closeStaleIncidents,
  customerWordsOf,
  insertIncident,
  lockIncidentGrouping,
  openIncidents,
  recentTicketsForGrouping,
  updateIncident,
} from '../db/queries/incidents.js';
import { linkUnlinkedTickets, problemOfIncident } from '../db/queries/known-problems.js';
import type { Incident, Ticket } from '../db/schema/index.js';
import {
  alike,
  type ComplaintSignature,
  closeness,
  mergeProfile,
  placeLabels,
  signatureOf,
} from '../domain/incident-grouping.js';
import { findTicket } from '../db/queries/tickets.js';
import { pageIncidentJob, postIncidentJob, syncCardJob } from '../queue/jobs.js';
import type { ServiceDeps } from './deps.js';

/** New incidents list at most this many tickets up front; later ones are added as they come. */
const MAX_LISTED = 200;
/** Grouping reads this many recent tickets at most, newest first. */
const RECENT_READ = 300;
/** The customer's words read for grouping, per ticket, as facts read them. */
const WORDS_MAX_CHARS = 4000;

/** What an incident row from before profiles were stored is made of: its category and region. */
function profileOf(incident: Incident): ComplaintSignature {
  return (
    incident.profile ??
    signatureOf({ category: incident.category, facts: { region: incident.region ?? undefined }, text: '' })
  );
}

function regionOf(profile: ComplaintSignature): string | null {
  return placeLabels(profile.places).join(' · ').slice(0, 200) || null;
}

/**
 * After a ticket opens (from the outbox, off the request path): does it look like the same problem as an open
 * incident (src/domain/incident-grouping.ts)? Then it joins the closest one. If not, do enough different customers'
 * recent complaints look like it (INCIDENT_THRESHOLD within INCIDENT_WINDOW)? Then they open one together. Runs under
 * one advisory lock for all instances, inside the caller's transaction. Returns the incident the ticket is in.
 */
export async function noteForIncidents(
  db: Executor,
  incident: Config['incident'],
  ticket: Ticket,
  now: Date,
): Promise<number | undefined> {
  await lockIncidentGrouping(db);
  const since = new Date(now.getTime() - incident.windowMs);
  await closeStaleIncidents(db, { before: since });
  const words = await customerWordsOf(db, { ticketIds: [ticket.id], maxChars: WORDS_MAX_CHARS });
  const signature = signatureOf({ category: ticket.category, facts: ticket.facts, text: words.get(ticket.id) ?? '' });
  const open = await openIncidents(db);
  const already = open.find((i) => i.ticketIds.includes(ticket.id));
  if (already) return already.id;

  const best = open
    .map((i) => ({ incident: i, profile: profileOf(i) }))
    .filter((c) => alike(c.profile, signature))
    .sort((a, b) => closeness(b.profile, signature) - closeness(a.profile, signature))[0];
  if (best) {
    await join(db, best.incident, best.profile, { ticket, signature, now });
    return best.incident.id;
  }

  const inOpen = new Set(open.flatMap((i) => i.ticketIds));
  const recent = (await recentTicketsForGrouping(db, { since, limit: RECENT_READ })).filter(
    (t) => t.id !== ticket.id && !inOpen.has(t.id),
  );
  const recentWords = await customerWordsOf(db, { ticketIds: recent.map((t) => t.id), maxChars: WORDS_MAX_CHARS });
  const like = recent
    .map((t) => ({ ticket: t, signature: signatureOf({ ...t, text: recentWords.get(t.id) ?? '' }) }))
    .filter((t) => alike(signature, t.signature))
    .sort((a, b) => a.ticket.id - b.ticket.id)
    .slice(-(MAX_LISTED - 1));
  const customers = new Set([...like.map((t) => t.ticket.customerUserId), ticket.customerUserId]);
  if (customers.size < incident.threshold) return undefined;

  let profile = signature;
  for (const t of like) profile = mergeProfile(profile, t.signature);
  const ids = [...like.map((t) => t.ticket.id), ticket.id].sort((a, b) => a - b);
  const created = await insertIncident(db, {
    key: `group:${ids[0]}`,
    category: profile.category,
    region: regionOf(profile),
    ticketIds: ids,
    customerIds: [...customers],
    firstAt: new Date(Math.min(...like.map((t) => t.ticket.createdAt.getTime()), ticket.createdAt.getTime())),
    lastAt: now,
    profile,
  });
  if (!created) return undefined;
  await postIncidentJob.queue(db, { incidentId: created.id });
  return created.id;
}

/** A ticket joins an open incident: listed, its customer counted, its place and words in the profile. */
async function join(
  db: Executor,
  incident: Incident,
  profile: ComplaintSignature,
  p: { ticket: Ticket; signature: ComplaintSignature; now: Date },
): Promise<void> {
  const merged = mergeProfile(profile, p.signature);
  await updateIncident(db, {
    id: incident.id,
    changes: {
      ticketIds: [...new Set([...incident.ticketIds, p.ticket.id])].sort((a, b) => a - b),
      customerIds: [...new Set([...incident.customerIds, p.ticket.customerUserId])],
      category: merged.category,
      region: regionOf(merged) ?? incident.region,
      lastAt: p.now,
      profile: merged,
    },
  });
  // An incident that became a known problem takes its new tickets along.
  const problem = await problemOfIncident(db, { incidentId: incident.id });
  if (problem && problem.status === 'open') {
    const linked = await linkUnlinkedTickets(db, { ticketIds: [p.ticket.id], problemId: problem.id });
    for (const ticketId of linked) await syncCardJob.queue(db, { ticketId });
  }
  await postIncidentJob.queue(db, { incidentId: incident.id });
  // Everyone already paged for it sees the new count in the message they have.
  for (const [userId, page] of Object.entries(incident.pages))
    if (!userId.includes('#'))
      await pageIncidentJob.queue(db, { incidentId: incident.id, userId, role: page.role ?? 'engineer' });
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

/** The alert's first post is in the triage channel: later ones update it in place. */
export async function incidentPosted(db: Executor, params: { incident: Incident; ts: string }): Promise<void> {
  await updateIncident(db, { id: params.incident.id, changes: { triageTs: params.ts } });
}
