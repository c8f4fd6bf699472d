import type { PayloadOf } from '../queue/jobs.js';
import { updateIncident } from '../db/queries/incidents.js';
import { findTicket } from '../db/queries/tickets.js';
import { loadIncidentCard } from '../services/incident-card.js';
import { noteForIncidents } from '../services/incidents.js';
import { postOnce } from '../slack/post-once.js';
import { incidentMessage } from '../views/incident.js';
import { type Handler, postOptions } from './context.js';

/** Posts the incident card in the triage channel, ahead of the queued posts, and keeps it current as tickets join. */
export const postIncident: Handler<PayloadOf<'incident.post'>> = async ({ incidentId }, job, deps) => {
  const model = await loadIncidentCard(deps.db, { incidentId, now: deps.now() });
  if (!model) return { skipped: 'no incident' };
  const { incident, details, problem } = model;
  // Links are composed from the workspace URL: no chat.getPermalink per ticket per update.
  const links = new Map<number, string | undefined>();
  for (const [id, ts] of model.cards) links.set(id, await deps.workspace.messageLink(deps.config.triageChannelId, ts));
  const message = incidentMessage(incident, links, deps.config.incident.windowMs, problem, details);
  if (incident.triageTs) {
    // chat.update: Tier 3 (src/slack/method-tiers.ts), not the channel's one-post-a-second limit.
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
    ahead: true,
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
