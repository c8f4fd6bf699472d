import type { PayloadOf } from '../queue/jobs.js';
import { checkForIncident, incidentPosted, incidentToPost } from '../services/incidents.js';
import { postOnce } from '../slack/post-once.js';
import { incidentMessage } from '../views/incident.js';
import { type Handler, postOptions } from './context.js';

/** Posts the incident alert in the triage channel, and keeps it up to date as tickets join. */
export const postIncident: Handler<PayloadOf<'incident.post'>> = async ({ incidentId }, job, deps) => {
  const subject = await incidentToPost(deps.db, { incidentId });
  if (!subject) return { skipped: 'no incident' };
  const { incident, problem } = subject;
  const links = new Map<number, string | undefined>();
  for (const card of subject.cards)
    links.set(card.ticketId, await deps.workspace.messageLink(deps.config.triageChannelId, card.triageTs));
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
  await incidentPosted(deps.db, { incident, ts: posted.ts });
  return { ts: posted.ts };
};

/** Off the request path: does this new ticket make (or join) a possible incident? */
export const checkIncident: Handler<PayloadOf<'incident.check'>> = async ({ ticketId }, _job, deps) => {
  const incidentId = await checkForIncident(deps, { ticketId });
  return { incidentId: incidentId ?? null };
};
