import type { PayloadOf } from '../queue/jobs.js';
import type { Handler } from './context.js';
import { statusReactionOf } from '../services/tickets.js';

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
  const reaction = await statusReactionOf(deps.db, { ticketId });
  if (!reaction) return { skipped: 'no ticket' };
  const { channelId: channel, ts: timestamp, add, remove } = reaction;
  // reactions.remove: Tier 2 (src/slack/method-tiers.ts)
  await tolerate(deps.client.reactions.remove({ channel, timestamp, name: remove }));
  // reactions.add: Tier 3 (src/slack/method-tiers.ts)
  await tolerate(deps.client.reactions.add({ channel, timestamp, name: add }));
  return { reaction: add };
};
