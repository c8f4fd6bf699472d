import type { PayloadOf } from '../queue/jobs.js';
import { closingPosted, ticketToClose } from '../services/tickets.js';
import { postOnce } from '../slack/post-once.js';
import { closingMessage } from '../views/closing.js';
import { type Handler, postOptions } from './context.js';

/** The closing message in the customer's thread once their ticket is resolved. */
export const postClosing: Handler<PayloadOf<'closing.post'>> = async ({ ticketId, note }, job, deps) => {
  const ticket = await ticketToClose(deps.db, { ticketId });
  if ('skipped' in ticket) return ticket;
  const message = closingMessage({ ticketId: ticket.id, language: ticket.language, note });
  const posted = await postOnce(deps.client, {
    channel: ticket.channelId,
    threadTs: ticket.rootTs,
    text: message.text,
    blocks: message.blocks,
    ...postOptions(job, deps),
  });
  await closingPosted(deps.db, { ticketId: ticket.id, ts: posted.ts });
  return { ts: posted.ts, found: posted.found };
};
