import { findTicket } from '../db/queries/tickets.js';
import { postOnce } from '../slack/post-once.js';
import { closingMessage } from '../views/closing.js';
import { postOptions, type JobHandler } from './context.js';

export const postClosing: JobHandler = async (job, deps) => {
  const ticket = await findTicket(deps.db, { ticketId: Number(job.payload.ticketId) });
  if (!ticket) return { skipped: 'no ticket' };
  if (ticket.status !== 'resolved') return { skipped: 'reopened before the closing message went out' };
  const message = closingMessage({ ticketId: ticket.id, language: ticket.language });
  const posted = await postOnce(deps.client, {
    channel: ticket.channelId,
    threadTs: ticket.rootTs,
    text: message.text,
    blocks: message.blocks,
    ...postOptions(job, deps),
  });
  return { ts: posted.ts, found: posted.found };
};
