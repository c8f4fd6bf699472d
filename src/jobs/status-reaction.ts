import { findTicket } from '../db/queries/tickets.js';
import { IDS } from '../ids.js';
import type { JobHandler } from './context.js';

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
export const setStatusReaction: JobHandler = async (job, deps) => {
  const ticket = await findTicket(deps.db, { ticketId: Number(job.payload.ticketId) });
  if (!ticket) return { skipped: 'no ticket' };
  const resolved = ticket.status === 'resolved';
  const [add, remove] = resolved
    ? [IDS.reactions.resolved, IDS.reactions.inProgress]
    : [IDS.reactions.inProgress, IDS.reactions.resolved];
  await tolerate(deps.client.reactions.remove({ channel: ticket.channelId, timestamp: ticket.rootTs, name: remove }));
  await tolerate(deps.client.reactions.add({ channel: ticket.channelId, timestamp: ticket.rootTs, name: add }));
  return { reaction: add };
};
