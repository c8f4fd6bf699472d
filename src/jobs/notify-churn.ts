import { z } from 'zod';
import { findTicket } from '../db/queries/tickets.js';
import { RetryLaterError } from '../errors.js';
import { postOnce } from '../slack/post-once.js';
import { churnAlertMessage } from '../views/churn-alert.js';
import { postOptions } from './context.js';
import { defineJob } from './define.js';

/**
 * Tells the support lead, in the card's thread, that a customer spoke of leaving or of an outage for all their users.
 * Once per ticket, whichever message said it first and however many say it again.
 */
export const notifyChurnJob = defineJob({
  name: 'churn.notify',
  payload: z.object({ ticketId: z.number().int() }),
  key: { once: (p) => `churn:${p.ticketId}` },
  priority: 'answer',
  async run({ ticketId }, job, deps) {
    const ticket = await findTicket(deps.db, { ticketId });
    if (!ticket) return { skipped: 'no ticket' };
    if (!ticket.triageTs) throw new RetryLaterError('the card is not posted yet');
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
  },
});
