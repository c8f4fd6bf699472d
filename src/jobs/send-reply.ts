import type { PayloadOf } from '../queue/jobs.js';
import { markReplySent, replyToSend } from '../services/drafts.js';
import { postOnce } from '../slack/post-once.js';
import { escapeUntrusted } from '../slack/untrusted-text.js';
import { withReaderDates } from '../views/format.js';
import { type Handler, postOptions } from './context.js';

/**
 * The approved reply, posted once in the customer's thread; then the clock is met. Every reply is escaped by the
 * one rule for untrusted text, whoever wrote it: the customer sees exactly the characters the agent saw on the card
 * or typed in the Edit box, and a `<!channel>` or `<https://…|label>` a model was steered into writing reaches
 * the shared channel as plain characters. A bare URL is still linked by Slack and shows itself.
 */
export const sendReply: Handler<PayloadOf<'reply.send'>> = async ({ draftId }, job, deps) => {
  const reply = await replyToSend(deps.db, { draftId });
  if ('skipped' in reply) return reply;
  const escaped = escapeUntrusted(reply.draft.outgoing ?? reply.draft.reply);
  const posted = await postOnce(deps.client, {
    channel: reply.ticket.channelId,
    threadTs: reply.ticket.rootTs,
    // The checked translation when the reply was written in the agents' language. An interim update names its
    // next update in UTC on the card; each customer reads that time in their own time zone.
    text: reply.draft.purpose === 'incident_update' ? withReaderDates(escaped) : escaped,
    ...postOptions(job, deps),
  });
  await markReplySent(deps, { draft: reply.draft, ts: posted.ts });
  return { ts: posted.ts, found: posted.found };
};
