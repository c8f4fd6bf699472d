import type { PayloadOf } from '../queue/jobs.js';
import { UserFacingError } from '../errors.js';
import { openTicketManually } from '../services/ticket-actions.js';
import type { Handler } from './context.js';

interface FetchedMessage {
  ts?: string;
  text?: string;
  user?: string;
  bot_id?: string;
  user_team?: string;
  thread_ts?: string;
}

/** A :ticket: reaction: fetch the message it was put on and open a ticket from it. */
export const openFromReaction: Handler<PayloadOf<'ticket.open_from_reaction'>> = async (
  { channelId, ts, userId },
  _job,
  deps,
) => {
  // conversations.history: Tier 3 (src/slack/method-tiers.ts)
  const history = await deps.client.conversations.history({
    channel: channelId,
    latest: ts,
    oldest: ts,
    inclusive: true,
    limit: 1,
  });
  const message = (history.messages as FetchedMessage[] | undefined)?.find((m) => m.ts === ts);
  if (!message) return { skipped: 'not a top-level message' };
  try {
    const { ticket, created } = await openTicketManually(deps, {
      message: {
        channelId,
        ts,
        text: message.text ?? '',
        userId: message.user,
        userTeamId: message.user_team,
        botId: message.bot_id,
        threadTs: message.thread_ts,
      },
      agentId: userId,
      via: 'reaction',
    });
    return { ticketId: ticket.id, created };
  } catch (error) {
    // Nobody to tell after a reaction: an app's message, or a reactor who is no longer an agent.
    if (error instanceof UserFacingError) return { skipped: error.message };
    throw error;
  }
};
