import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { ServiceDeps } from '../../services/deps.js';
import { receiveDeletion, receiveEdit, receiveMessage, tsToDate } from '../../services/intake.js';

const plainMessage = z.object({
  type: z.literal('message'),
  subtype: z.enum(['file_share', 'thread_broadcast']).optional(),
  channel: z.string(),
  user: z.string(),
  text: z.string().default(''),
  ts: z.string(),
  thread_ts: z.string().optional(),
  user_team: z.string().optional(),
  team: z.string().optional(),
  bot_id: z.string().optional(),
});

const changedMessage = z.object({
  subtype: z.literal('message_changed'),
  channel: z.string(),
  ts: z.string(),
  message: z.object({ ts: z.string(), text: z.string().default(''), user: z.string().optional(), bot_id: z.string().optional() }),
});

const deletedMessage = z.object({ subtype: z.literal('message_deleted'), channel: z.string(), ts: z.string(), deleted_ts: z.string() });

const envelope = z.object({ event_id: z.string().optional(), team_id: z.string().optional(), is_ext_shared_channel: z.boolean().optional() });

/**
 * Every message event: stored and turned into ticket changes before the request is acknowledged, so a
 * crash right after the ack loses nothing. Bots, including this app, are never customers.
 */
export function messageListener(deps: ServiceDeps) {
  return async ({ event, body }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    const env = envelope.parse(body);
    const raw = event as unknown as Record<string, unknown>;
    if (raw.subtype === 'message_changed') {
      const changed = changedMessage.safeParse(raw);
      if (!changed.success || changed.data.message.bot_id) return;
      await receiveEdit(deps, { eventId: env.event_id, channelId: changed.data.channel, ts: changed.data.message.ts, text: changed.data.message.text, at: tsToDate(changed.data.ts) });
      return;
    }
    if (raw.subtype === 'message_deleted') {
      const deleted = deletedMessage.safeParse(raw);
      if (!deleted.success) return;
      await receiveDeletion(deps, { eventId: env.event_id, channelId: deleted.data.channel, ts: deleted.data.deleted_ts, at: tsToDate(deleted.data.ts) });
      return;
    }
    const parsed = plainMessage.safeParse(raw);
    // Other subtypes (joins, topic changes, bot posts) are not someone talking to us.
    if (!parsed.success || parsed.data.bot_id) return;
    const m = parsed.data;
    const outcome = await receiveMessage(deps, {
      eventId: env.event_id,
      channelId: m.channel,
      ts: m.ts,
      threadTs: m.thread_ts,
      userId: m.user,
      authorTeamId: m.user_team ?? m.team,
      homeTeamId: env.team_id,
      sharedChannel: env.is_ext_shared_channel ?? false,
      text: m.text,
    });
    const level = outcome.kind === 'opened' ? 'info' : 'debug';
    deps.log[level]('message handled', {
      request_id: env.event_id, outcome: outcome.kind, channel: m.channel, ts: m.ts, ...('ticketId' in outcome ? { ticket_id: outcome.ticketId } : {}) });
  };
}
