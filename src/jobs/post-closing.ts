import type { PayloadOf } from '../queue/jobs.js';
import { findTicket } from '../db/queries/tickets.js';
import { type Handler, postOptions } from './context.js';
import { postOnce } from '../slack/post-once.js';
import { closingMessage } from '../views/closing.js';

/** The closing message in the customer's thread once their ticket is resolved. */
export const postClosing: Handler<PayloadOf<'closing.post'>> = async ({ ticketId, note }, job, deps) => {
  const ticket = await findTicket(deps.db, { ticketId });
  if (!ticket) return { skipped: 'no ticket' };
  if (ticket.status !== 'resolved') return { skipped: 'reopened before the closing message went out' };
  const message = closingMessage({ ticketId: ticket.id, language: ticket.language, note });
  const posted = await postOnce(deps.client, {
    channel: ticket.channelId,
    threadTs: ticket.rootTs,
    text: message.text,
    blocks: message.blocks,
    ...postOptions(job, deps),
  });
  return { ts: posted.ts, found: posted.found };
};
