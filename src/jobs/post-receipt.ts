import { z } from 'zod';
import { findMessage } from '../db/queries/messages.js';
import { clocksOfTicket } from '../db/queries/sla-clocks.js';
import { recordActivity } from '../db/queries/ticket-activity.js';
import { findTicket } from '../db/queries/tickets.js';
import { attachmentKindsIn } from '../domain/attachments.js';
import { postOnce } from '../slack/post-once.js';
import { receiptMessage } from '../views/receipt.js';
import { postOptions } from './context.js';
import { defineJob } from './define.js';

/** The customer's receipt in their thread: #N, what we understood, when a person answers. */
export const postReceiptJob = defineJob({
  name: 'receipt.post',
  payload: z.object({ ticketId: z.number().int() }),
  key: { once: (p) => `receipt:${p.ticketId}` },
  priority: 'answer',
  async run({ ticketId }, job, deps) {
    const ticket = await findTicket(deps.db, { ticketId });
    if (!ticket) return { skipped: 'no ticket' };
    const clock = (await clocksOfTicket(deps.db, { ticketId: ticket.id })).find((c) => c.kind === 'first_response');
    const root = await findMessage(deps.db, { channelId: ticket.channelId, ts: ticket.rootTs });
    const message = receiptMessage({
      ticketId: ticket.id,
      category: ticket.category,
      language: ticket.language,
      dueAt: clock?.dueAt ?? null,
      now: deps.now(),
      attachments: root ? attachmentKindsIn(root.text) : [],
    });
    const posted = await postOnce(deps.client, {
      channel: ticket.channelId,
      threadTs: ticket.rootTs,
      text: message.text,
      ...postOptions(job, deps),
    });
    await recordActivity(deps.db, { ticketId: ticket.id, at: deps.now(), action: 'receipt_sent' });
    return { ts: posted.ts, found: posted.found };
  },
});
