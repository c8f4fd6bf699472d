import type { PayloadOf } from '../queue/jobs.js';
import { loadIncidentCard } from '../services/incident-card.js';
import { checkForIncident, incidentPosted } from '../services/incidents.js';
import { ChannelRateLimited } from '../slack/channel-gate.js';
import { postOnce } from '../slack/post-once.js';
import { incidentMessage } from '../views/incident.js';
import { type Handler, postOptions } from './context.js';

/**
 * The card is redrawn at most this often: while a flood lasts every new ticket asks for a redraw, and chat.update is
 * Tier 3 (about 50 a minute for the whole app, src/slack/method-tiers.ts). Requests in between are coalesced.
 */
const MIN_UPDATE_GAP_MS = 1000;
const lastUpdated = new Map<number, number>();

/** Posts the incident card in the triage channel, ahead of the queued posts, and keeps it current as tickets join. */
export const postIncident: Handler<PayloadOf<'incident.post'>> = async ({ incidentId }, job, deps) => {
  // Asked for again while it waited or ran (a coalesced request): waits quietly, like a post waiting for its turn,
  // and the requests that come meanwhile make this one redraw.
  const since = Date.now() - (lastUpdated.get(incidentId) ?? 0);
  if (job.generation > 0 && since < MIN_UPDATE_GAP_MS)
    throw new ChannelRateLimited(deps.config.triageChannelId, MIN_UPDATE_GAP_MS - since);
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
    remember(incident.id);
    return { ts: incident.triageTs };
  }
  const posted = await postOnce(deps.client, {
    channel: deps.config.triageChannelId,
    text: message.text,
    blocks: message.blocks,
    ...postOptions(job, deps),
    ahead: true,
  });
  await incidentPosted(deps.db, { incident, ts: posted.ts });
  remember(incident.id);
  return { ts: posted.ts };
};

function remember(incidentId: number): void {
  if (lastUpdated.size >= 1000) lastUpdated.clear();
  lastUpdated.set(incidentId, Date.now());
}

/** Off the request path: does this new ticket make (or join) a possible incident? */
export const checkIncident: Handler<PayloadOf<'incident.check'>> = async ({ ticketId }, _job, deps) => {
  const incidentId = await checkForIncident(deps, { ticketId });
  return { incidentId: incidentId ?? null };
};
