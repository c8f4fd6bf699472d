import type { PayloadOf } from '../queue/jobs.js';
import { churnToNotify } from '../services/tickets.js';
import { postOnce } from '../slack/post-once.js';
import { churnAlertMessage } from '../views/churn-alert.js';
import { type Handler, postOptions } from './context.js';

/**
 * Tells the support lead, in the card's thread, that a customer spoke of leaving or of an outage for all their users.
 * Once per ticket, whichever message said it first and however many say it again.
 */
export const notifyChurn: Handler<PayloadOf<'churn.notify'>> = async ({ ticketId }, job, deps) => {
  const ticket = await churnToNotify(deps.db, { ticketId });
  if ('skipped' in ticket) return ticket;
  const message = churnAlertMessage({
    ticketId: ticket.id,
    channelId: ticket.channelId,
    category: ticket.category,
    priority: ticket.priority,
    signals: ticket.churnSignals,
    leadUserId: deps.config.supportLeadUserId,
  });
  const posted = await postOnce(deps.client, {
    channel: deps.config.triageChannelId,
    threadTs: ticket.triageTs,
    text: message.text,
    ...postOptions(job, deps),
  });
  return { ts: posted.ts, found: posted.found };
};
