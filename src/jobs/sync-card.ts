import { updateTicket } from '../db/queries/tickets.js';
import { loadCardModel } from '../services/card.js';
import { postOnce } from '../slack/post-once.js';
import { triageCard } from '../views/triage-card.js';
import { postOptions, type JobHandler } from './context.js';

/** Posts the ticket's card in the triage channel the first time, and updates it in place after. */
export const syncCard: JobHandler = async (job, deps) => {
  const ticketId = Number(job.payload.ticketId);
  const model = await loadCardModel(deps.db, { ticketId, language: deps.config.agentLanguage, now: deps.now() });
  if (!model) return { skipped: 'no ticket' };
  const card = triageCard(model);
  if (model.ticket.triageTs) {
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
  await updateTicket(deps.db, { ticketId, changes: { triageTs: posted.ts } });
  return { ts: posted.ts, found: posted.found };
};
