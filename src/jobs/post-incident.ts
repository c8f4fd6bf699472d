import { findIncident, updateIncident } from '../db/queries/incidents.js';
import { findTicket } from '../db/queries/tickets.js';
import { Workspace } from '../services/workspace.js';
import { postOnce } from '../slack/post-once.js';
import { incidentMessage } from '../views/incident.js';
import { postOptions, type JobHandler } from './context.js';

/** Posts the incident alert in the triage channel, and keeps it up to date as tickets join. */
export const postIncident: JobHandler = async (job, deps) => {
  const incident = await findIncident(deps.db, { id: Number(job.payload.incidentId) });
  if (!incident) return { skipped: 'no incident' };
  const workspace = new Workspace(deps.client);
  const links = new Map<number, string | undefined>();
  for (const id of incident.ticketIds) {
    const ticket = await findTicket(deps.db, { ticketId: id });
    links.set(id, await workspace.messageLink(deps.config.triageChannelId, ticket?.triageTs));
  }
  const message = incidentMessage(incident, links, deps.config.incident.windowMs);
  if (incident.triageTs) {
    await deps.client.chat.update({ channel: deps.config.triageChannelId, ts: incident.triageTs, text: message.text, blocks: message.blocks });
    return { ts: incident.triageTs };
  }
  const posted = await postOnce(deps.client, { channel: deps.config.triageChannelId, text: message.text, blocks: message.blocks, ...postOptions(job) });
  await updateIncident(deps.db, { id: incident.id, changes: { triageTs: posted.ts } });
  return { ts: posted.ts };
};
