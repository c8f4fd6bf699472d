import { z } from 'zod';
import { findTicket } from '../db/queries/tickets.js';
import { IDS } from '../ids.js';
import { defineJob } from './define.js';

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
export const setStatusReactionJob = defineJob({
  name: 'reaction.status',
  payload: z.object({ ticketId: z.number().int() }),
  // Status changes while one is waiting make one change, to the newest status.
  key: { coalesce: (p) => `reaction:${p.ticketId}` },
  async run({ ticketId }, _job, deps) {
    const ticket = await findTicket(deps.db, { ticketId });
    if (!ticket) return { skipped: 'no ticket' };
    const resolved = ticket.status === 'resolved';
    const [add, remove] = resolved
      ? [IDS.reactions.resolved, IDS.reactions.inProgress]
      : [IDS.reactions.inProgress, IDS.reactions.resolved];
    await tolerate(deps.client.reactions.remove({ channel: ticket.channelId, timestamp: ticket.rootTs, name: remove }));
    await tolerate(deps.client.reactions.add({ channel: ticket.channelId, timestamp: ticket.rootTs, name: add }));
    return { reaction: add };
  },
});
