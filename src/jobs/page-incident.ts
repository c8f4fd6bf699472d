import type { PayloadOf } from '../queue/jobs.js';
import { RetryLaterError } from '../errors.js';
import { incidentPageSent, loadIncidentPage, pagesOfIncident } from '../services/incident-pages.js';
import { postOnce } from '../slack/post-once.js';
import { incidentMentionMessage, incidentPageMessage } from '../views/incident-page.js';
import { type Handler, postOptions } from './context.js';

/** The key of the person's mention in the card's thread, beside their direct message's in incidents.pages. */
const mentionKey = (userId: string) => `${userId}#thread`;

/**
 * The person's direct message (chat.postMessage the first time, chat.update after: Tier 3, not the per-channel post
 * limit) and, once, a mention in the incident card's thread (ahead of the triage channel's queued posts).
 */
export const pageIncident: Handler<PayloadOf<'incident.page'>> = async ({ incidentId, userId, role }, job, deps) => {
  const loaded = await loadIncidentPage(deps.db, { incidentId, userId, role, now: deps.now() });
  if (!loaded) return { skipped: 'no incident' };
  const { incident, page } = loaded;
  const cardLink = await deps.workspace.messageLink(deps.config.triageChannelId, incident.triageTs);
  const message = incidentPageMessage({ ...page, cardLink });
  const dm = incident.pages[userId];
  let ts = dm?.ts;
  if (dm) {
    // chat.update: Tier 3 (src/slack/method-tiers.ts)
    await deps.client.chat.update({ channel: dm.channel, ts: dm.ts, text: message.text, blocks: message.blocks });
  } else {
    const posted = await postOnce(deps.client, {
      channel: userId,
      text: message.text,
      blocks: message.blocks,
      ...postOptions(job, deps),
    });
    ts = posted.ts;
    await incidentPageSent(deps.db, {
      incidentId: incident.id,
      key: userId,
      page: { channel: posted.channel, ts: posted.ts, role },
    });
  }
  if ((await pagesOfIncident(deps.db, { incidentId: incident.id }))[mentionKey(userId)]) return { ts };
  if (!incident.triageTs) throw new RetryLaterError('the incident card is not posted yet');
  const mention = await postOnce(deps.client, {
    channel: deps.config.triageChannelId,
    threadTs: incident.triageTs,
    text: incidentMentionMessage({ ...page, userId }).text,
    ...postOptions(job, deps),
    ahead: true,
  });
  await incidentPageSent(deps.db, {
    incidentId: incident.id,
    key: mentionKey(userId),
    page: { channel: mention.channel, ts: mention.ts },
  });
  return { ts, mention: mention.ts };
};
