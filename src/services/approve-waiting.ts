import type { Tx } from '../db/client.js';
import { transitionDraft } from '../db/queries/drafts.js';
import { recordActivity } from '../db/queries/ticket-activity.js';
import { lockTicket } from '../db/queries/tickets.js';
import type { Draft } from '../db/schema/index.js';
import { syncCardJob } from '../queue/jobs.js';
import { queueReplyDelivery } from './translation.js';

/**
 * One update of an "approve all" (an incident's or a known problem's): approved if it is still waiting, its delivery
 * and its card queued. False when someone acted on it first, so a second click or a redelivery sends nothing.
 */
export async function approveWaitingUpdate(
  tx: Tx,
  params: { draft: Draft; agentId: string; at: Date; detail: string },
): Promise<boolean> {
  const ticket = await lockTicket(tx, { ticketId: params.draft.ticketId });
  if (!ticket) return false;
  const moved = await transitionDraft(tx, {
    draftId: params.draft.id,
    from: ['proposed'],
    to: 'approved',
    actedBy: params.agentId,
    at: params.at,
  });
  if (!moved) return false;
  // Sent as written, or translated into the customer's language and checked first.
  await queueReplyDelivery(tx, { draft: moved, ticket });
  await recordActivity(tx, {
    ticketId: ticket.id,
    at: params.at,
    actorUserId: params.agentId,
    action: 'approved',
    detail: params.detail,
  });
  await syncCardJob.queue(tx, { ticketId: ticket.id });
  return true;
}
