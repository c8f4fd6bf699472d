import type { PayloadOf } from '../queue/jobs.js';
import { findIncident, updateIncident } from '../db/queries/incidents.js';
import { problemOfIncident } from '../db/queries/known-problems.js';
import { findTicket } from '../db/queries/tickets.js';
import { noteForIncidents } from '../services/incidents.js';
import { postOnce } from '../slack/post-once.js';
import { incidentMessage } from '../views/incident.js';
import { type Handler, postOptions } from './context.js';

/** Posts the incident alert in the triage channel, and keeps it up to date as tickets join. */
export const postIncident: Handler<PayloadOf<'incident.post'>> = async ({ incidentId }, job, deps) => {
  const incident = await findIncident(deps.db, { id: incidentId });
  if (!incident) return { skipped: 'no incident' };
  const links = new Map<number, string | undefined>();
  for (const id of incident.ticketIds.slice(0, 40)) {
    const ticket = await findTicket(deps.db, { ticketId: id });
    links.set(id, await deps.workspace.messageLink(deps.config.triageChannelId, ticket?.triageTs));
  }
  const problem = await problemOfIncident(deps.db, { incidentId: incident.id });
  const message = incidentMessage(incident, links, deps.config.incident.windowMs, problem);
  if (incident.triageTs) {
    await deps.client.chat.update({
      channel: deps.config.triageChannelId,
      ts: incident.triageTs,
      text: message.text,
      blocks: message.blocks,
    });
    return { ts: incident.triageTs };
  }
  const posted = await postOnce(deps.client, {
    channel: deps.config.triageChannelId,
    text: message.text,
    blocks: message.blocks,
    ...postOptions(job, deps),
  });
  await updateIncident(deps.db, { id: incident.id, changes: { triageTs: posted.ts } });
  return { ts: posted.ts };
};

/** Off the request path: does this new ticket make (or join) a possible incident? */
export const checkIncident: Handler<PayloadOf<'incident.check'>> = async ({ ticketId }, _job, deps) => {
  const incidentId = await deps.db.transaction(async (tx) => {
    const ticket = await findTicket(tx, { ticketId });
    return ticket ? noteForIncidents(tx, deps.config.incident, ticket, ticket.createdAt) : undefined;
  });
  if (incidentId) deps.wake();
  return { incidentId: incidentId ?? null };
};
