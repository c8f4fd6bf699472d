import { z } from 'zod';
import { findTicket, updateTicket } from '../db/queries/tickets.js';
import { CLOSING_NOTE_MAX } from '../domain/closing-note.js';
import { postOptions } from './context.js';
import { defineJob } from './define.js';
import { postOnce } from '../slack/post-once.js';
import { closingMessage } from '../views/closing.js';

/** The closing message in the customer's thread once their ticket is resolved. */
export const postClosingJob = defineJob({
  name: 'closing.post',
  payload: z.object({
    ticketId: z.number().int(),
    resolvedAt: z.string(),
    // What happened, as the agent approved it for this resolution; it travels with the job, so it is sent with
    // this closing message only and is as durable as the message itself.
    note: z.string().max(CLOSING_NOTE_MAX).optional(),
  }),
  // Once per resolution: a ticket reopened and resolved again gets a closing message again.
  key: { once: (p) => `closing:${p.ticketId}:${p.resolvedAt}` },
  priority: 'answer',
  async run({ ticketId, note }, job, deps) {
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
    // Its rating buttons count only on this message (src/services/card-place.ts isClosingMessage).
    await updateTicket(deps.db, { ticketId: ticket.id, changes: { closingTs: posted.ts } });
    return { ts: posted.ts, found: posted.found };
  },
});
