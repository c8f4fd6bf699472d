import { UserFacingError } from '../errors.js';
import { openTicketManually } from '../services/ticket-actions.js';
import { z } from 'zod';
import type { OutboxRow } from '../db/schema/index.js';
import type { JobDeps } from './context.js';
import { defineJob } from './define.js';

interface FetchedMessage {
  ts?: string;
  text?: string;
  user?: string;
  bot_id?: string;
  user_team?: string;
  thread_ts?: string;
}

/** A :ticket: reaction: fetch the message it was put on and open a ticket from it. */
export const openFromReactionJob = defineJob({
  name: 'ticket.open_from_reaction',
  payload: z.object({ channelId: z.string(), ts: z.string(), userId: z.string() }),
  // One message opens one ticket, whoever reacts and however often.
  key: { once: (p: { channelId: string; ts: string }) => `reaction:${p.channelId}:${p.ts}` },
  priority: 'intake',
  run: openFromMessage,
});

async function openFromMessage(
  { channelId, ts, userId }: { channelId: string; ts: string; userId: string },
  _job: OutboxRow,
  deps: JobDeps,
) {
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
}
