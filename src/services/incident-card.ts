import type { Executor } from '../db/client.js';
import { customerWordsOf, firstDueClockOf, findIncident, ticketsOfIncident } from '../db/queries/incidents.js';
import { countPendingUpdatesOfTickets, countUnresolvedTickets } from '../db/queries/incident-updates.js';
import { problemOfIncident } from '../db/queries/known-problems.js';
import type { Incident, KnownProblem } from '../db/schema/index.js';
import { distinctValues, placeLabels } from '../domain/incident-grouping.js';
import type { IncidentDetails } from '../views/incident.js';

/** The newest complaints quoted on the card. */
const LATEST = 3;
/** Tickets read for each redraw: the newest this many (the card shows their facts and links, and counts the rest). */
const CARD_READS = 200;
/** Of each quoted complaint, this much is read. */
const LATEST_CHARS = 400;

export interface IncidentCardModel {
  incident: Incident;
  problem?: KnownProblem;
  details: IncidentDetails;
  /** Ticket → its card in the triage channel, for links (composed, no Slack call). */
  cards: Map<number, string | null>;
}

/** Who was paged for an incident: the people with a direct message (keys without a "#"). */
export function pagedPeople(incident: Pick<Incident, 'pages'>): string[] {
  return Object.keys(incident.pages).filter((k) => !k.includes('#'));
}

/** Everything the incident card shows, read in a few statements whatever the number of tickets. */
export async function loadIncidentCard(
  db: Executor,
  params: { incidentId: number; now: Date },
): Promise<IncidentCardModel | undefined> {
  const incident = await findIncident(db, { id: params.incidentId });
  if (!incident) return undefined;
  // The card lists the newest tickets; a flood of thousands is read a window at a time, not whole on every redraw.
  const rows = await ticketsOfIncident(db, { ticketIds: incident.ticketIds.slice(-CARD_READS) });
  const newest = [...rows].sort((a, b) => b.id - a.id).slice(0, LATEST);
  const words = await customerWordsOf(db, { ticketIds: newest.map((t) => t.id), maxChars: LATEST_CHARS });
  const waiting = rows.filter((t) => t.status === 'waiting_on_us').map((t) => t.id);
  const due = await firstDueClockOf(db, { ticketIds: waiting });
  const problem = await problemOfIncident(db, { incidentId: incident.id });
  // Counted over every ticket of the incident, not only the newest read for the card.
  const unresolved = await countUnresolvedTickets(db, { ticketIds: incident.ticketIds });
  const pending = await countPendingUpdatesOfTickets(db, { ticketIds: incident.ticketIds });
  const profile = incident.profile;
  const details: IncidentDetails = {
    places: profile ? placeLabels(profile.places) : incident.region ? [incident.region] : [],
    devices: distinctValues([...(profile?.devices ?? []), ...rows.map((t) => t.facts.device)], 12),
    oses: distinctValues([...(profile?.oses ?? []), ...rows.map((t) => t.facts.os)], 12),
    operators: profile?.operators ?? [],
    latest: newest.map((t) => ({ ticketId: t.id, words: words.get(t.id) ?? t.summary ?? '' })),
    worst: due ? { ticketId: due.ticketId, dueInMs: due.dueAt.getTime() - params.now.getTime() } : undefined,
    waiting: waiting.length,
    paged: pagedPeople(incident).length,
    unresolved,
    pendingUpdates: pending,
  };
  return { incident, problem, details, cards: new Map(rows.map((t) => [t.id, t.triageTs])) };
}
