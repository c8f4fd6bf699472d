import { findDraft } from '../db/queries/drafts.js';
import { findTicket } from '../db/queries/tickets.js';
import type { PayloadOf } from '../queue/jobs.js';
import { markReplySent } from '../services/drafts.js';
import { postOnce } from '../slack/post-once.js';
import { escapeUntrusted } from '../slack/untrusted-text.js';
import { type Handler, postOptions } from './context.js';

/**
 * The approved reply, posted once in the customer's thread; then the clock is met. Every reply is escaped by the
 * one rule for untrusted text, whoever wrote it: the customer sees exactly the characters the agent saw on the card
 * or typed in the Edit box, and a `<!channel>` or `<https://…|label>` a model was steered into writing reaches
 * the shared channel as plain characters. A bare URL is still linked by Slack and shows itself.
 */
export const sendReply: Handler<PayloadOf<'reply.send'>> = async ({ draftId }, job, deps) => {
  const draft = await findDraft(deps.db, { draftId });
  if (!draft || (draft.status !== 'approved' && draft.status !== 'sent')) return { skipped: 'draft not approved' };
  const ticket = await findTicket(deps.db, { ticketId: draft.ticketId });
  if (!ticket) return { skipped: 'no ticket' };
  const posted = await postOnce(deps.client, {
    channel: ticket.channelId,
    threadTs: ticket.rootTs,
    // The checked translation when the reply was written in the agents' language.
    text: escapeUntrusted(draft.outgoing ?? draft.reply),
    ...postOptions(job, deps),
  });
  await deps.db.transaction((tx) => markReplySent(tx, deps.config.sla, { draft, at: deps.now(), ts: posted.ts }));
  return { ts: posted.ts, found: posted.found };
};
