import type { Executor } from '../db/client.js';
import { listCustomerChannels } from '../db/queries/customer-channels.js';
import { findIncident, recordIncidentPage, runningClocksOf, ticketsOfIncident } from '../db/queries/incidents.js';
import type { Incident, IncidentPages } from '../db/schema/index.js';
import type { IncidentPageInput } from '../views/incident-page.js';

/**
 * What one person's page about an incident says now: an engineer hears about the tickets of the customers paired
 * with them, the lead about all of them.
 */
export async function loadIncidentPage(
  db: Executor,
  params: { incidentId: number; userId: string; role: 'engineer' | 'lead'; now: Date },
): Promise<{ incident: Incident; page: IncidentPageInput } | undefined> {
  const incident = await findIncident(db, { id: params.incidentId });
  if (!incident) return undefined;
  const rows = await ticketsOfIncident(db, { ticketIds: incident.ticketIds });
  let mine = rows;
  if (params.role === 'engineer') {
    const channels = await listCustomerChannels(db);
    const theirs = new Set(channels.filter((c) => c.engineerUserId === params.userId).map((c) => c.channelId));
    mine = rows.filter((t) => theirs.has(t.channelId));
  }
  const waiting = mine.filter((t) => t.status === 'waiting_on_us');
  const clocks = await runningClocksOf(db, { ticketIds: waiting.map((t) => t.id) });
  const now = params.now.getTime();
  const overdue = new Set(clocks.filter((c) => c.dueAt && c.dueAt.getTime() <= now).map((c) => c.ticketId));
  const oldest = Math.min(...waiting.map((t) => t.createdAt.getTime()), now);
  return {
    incident,
    page: {
      incidentId: incident.id,
      category: incident.category,
      region: incident.region,
      role: params.role,
      waiting: waiting.length,
      overdue: overdue.size,
      customers: new Set(waiting.map((t) => t.channelId)).size,
      longestWaitMs: now - oldest,
      totalTickets: incident.ticketIds.length,
    },
  };
}

/** Who was paged for an incident so far, and where each one's message is. */
export async function pagesOfIncident(db: Executor, params: { incidentId: number }): Promise<IncidentPages> {
  return (await findIncident(db, { id: params.incidentId }))?.pages ?? {};
}

/** Remembers one person's message about the incident (their DM, or their mention under the key "<user>#thread"). */
export async function incidentPageSent(
  db: Executor,
  params: { incidentId: number; key: string; page: IncidentPages[string] },
): Promise<void> {
  await recordIncidentPage(db, { id: params.incidentId, userId: params.key, page: params.page });
}
