import type { PayloadOf } from '../queue/jobs.js';
import { cardPosted, loadCardModel } from '../services/card.js';
import { ChannelRateLimited } from '../slack/channel-gate.js';
import { permalinkOf } from '../slack/permalinks.js';
import { postOnce } from '../slack/post-once.js';
import { triageCard } from '../views/triage-card.js';
import { type Handler, postOptions } from './context.js';

/** Posts the ticket's card in the triage channel the first time, and updates it in place after. */
export const syncCard: Handler<PayloadOf<'card.sync'>> = async ({ ticketId }, job, deps) => {
  // A first post waiting for the triage channel's turn (one a second in a flood) waits without reading the card:
  // read each time, a flood's cards would hold the database while receipts wait.
  const turnIn = deps.gate?.turnIn(deps.config.triageChannelId, job.id) ?? 0;
  if (turnIn > 0) throw new ChannelRateLimited(deps.config.triageChannelId, turnIn);
  const model = await loadCardModel(deps.db, {
    ticketId,
    language: deps.config.agentLanguage,
    now: deps.now(),
    translation: { triageChannelId: deps.config.triageChannelId, model: Boolean(deps.translator?.available) },
  });
  if (!model) return { skipped: 'no ticket' };
  // Similar tickets link to their own cards in the triage channel.
  model.similar = await Promise.all(
    (model.similar ?? []).map(async (t) => ({
      ...t,
      link: t.triageTs ? await permalinkOf(deps.client, deps.config.triageChannelId, t.triageTs) : undefined,
    })),
  );
  const card = triageCard(model);
  if (model.ticket.triageTs) {
    // chat.update: Tier 3 (src/slack/method-tiers.ts)
    await deps.client.chat.update({
      channel: deps.config.triageChannelId,
      ts: model.ticket.triageTs,
      text: card.text,
      blocks: card.blocks,
    });
    return { ts: model.ticket.triageTs };
  }
  const posted = await postOnce(deps.client, {
    channel: deps.config.triageChannelId,
    text: card.text,
    blocks: card.blocks,
    ...postOptions(job, deps),
  });
  await cardPosted(deps.db, { ticketId, ts: posted.ts });
  return { ts: posted.ts, found: posted.found };
};
