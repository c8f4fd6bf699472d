import type { PayloadOf } from '../queue/jobs.js';
import type { Handler } from './context.js';
import { findTicket } from '../db/queries/tickets.js';
import { IDS } from '../ids.js';

/**
 * Slack's answers when the reaction is already as we want it: `already_reacted` from reactions.add, `no_reaction`
 * from reactions.remove (https://docs.slack.dev/reference/methods/reactions.add, …/reactions.remove).
 */
const IGNORABLE = new Set(['already_reacted', 'no_reaction']);

async function tolerate(call: Promise<unknown>): Promise<void> {
  try {
    await call;
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    if (!code || !IGNORABLE.has(code)) throw error;
  }
}

/** The customer's root message shows where the ticket stands: 👀 while we work on it, ✅ once resolved. */
export const setStatusReaction: Handler<PayloadOf<'reaction.status'>> = async ({ ticketId }, _job, deps) => {
  const ticket = await findTicket(deps.db, { ticketId });
  if (!ticket) return { skipped: 'no ticket' };
  const resolved = ticket.status === 'resolved';
  const [add, remove] = resolved
    ? [IDS.reactions.resolved, IDS.reactions.inProgress]
    : [IDS.reactions.inProgress, IDS.reactions.resolved];
  await tolerate(deps.client.reactions.remove({ channel: ticket.channelId, timestamp: ticket.rootTs, name: remove }));
  await tolerate(deps.client.reactions.add({ channel: ticket.channelId, timestamp: ticket.rootTs, name: add }));
  return { reaction: add };
};
