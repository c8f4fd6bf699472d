import type { PayloadOf } from '../queue/jobs.js';
import { attachmentKindsIn } from '../domain/attachments.js';
import { receiptSent, receiptToPost } from '../services/tickets.js';
import { postOnce } from '../slack/post-once.js';
import { receiptMessage } from '../views/receipt.js';
import { type Handler, postOptions } from './context.js';

/** The customer's receipt in their thread: #N, what we understood, when a person answers. */
export const postReceipt: Handler<PayloadOf<'receipt.post'>> = async ({ ticketId }, job, deps) => {
  const subject = await receiptToPost(deps.db, { ticketId });
  if (!subject) return { skipped: 'no ticket' };
  const { ticket } = subject;
  const message = receiptMessage({
    ticketId: ticket.id,
    category: ticket.category,
    language: ticket.language,
    dueAt: subject.firstResponseDueAt,
    now: deps.now(),
    attachments: subject.rootText === null ? [] : attachmentKindsIn(subject.rootText),
  });
  const posted = await postOnce(deps.client, {
    channel: ticket.channelId,
    threadTs: ticket.rootTs,
    text: message.text,
    ...postOptions(job, deps),
  });
  await receiptSent(deps.db, { ticketId: ticket.id, at: deps.now() });
  return { ts: posted.ts, found: posted.found };
};
