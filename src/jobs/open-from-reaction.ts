import { recordActivity } from '../db/queries/ticket-activity.js';
import { tsToDate } from '../services/intake.js';
import { openTicket } from '../services/tickets.js';
import type { JobHandler } from './context.js';

interface FetchedMessage {
  ts?: string;
  text?: string;
  user?: string;
  bot_id?: string;
  user_team?: string;
  thread_ts?: string;
}

/** A :ticket: reaction: fetch the message it was put on and open a ticket from it. */
export const openFromReaction: JobHandler = async (job, deps) => {
  const { channelId, ts, userId } = job.payload as { channelId: string; ts: string; userId: string };
  const history = await deps.client.conversations.history({
    channel: channelId,
    latest: ts,
    oldest: ts,
    inclusive: true,
    limit: 1,
  });
  const message = (history.messages as FetchedMessage[] | undefined)?.find((m) => m.ts === ts);
  if (!message?.user || message.bot_id) return { skipped: 'not a person’s top-level message' };
  const { ticket, created } = await deps.db.transaction(async (tx) => {
    const result = await openTicket(tx, deps.config, {
      channelId,
      rootTs: ts,
      customerUserId: message.user!,
      customerTeamId: message.user_team,
      text: message.text ?? '',
      at: tsToDate(ts),
      openedVia: 'reaction',
      openedBy: userId,
    });
    if (result.created)
      await recordActivity(tx, {
        ticketId: result.ticket.id,
        at: deps.now(),
        actorUserId: userId,
        action: 'opened_manually',
      });
    return result;
  });
  if (created) deps.wake();
  return { ticketId: ticket.id, created };
};
