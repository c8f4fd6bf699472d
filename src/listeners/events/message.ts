import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { capMessageText } from '../../domain/message-text.js';
import type { ServiceDeps } from '../../services/deps.js';
import type { IntakeInbox } from '../../services/intake-inbox.js';
import type { IncomingMessage } from '../../services/intake.js';
import { JOB } from '../../services/jobs.js';

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
  message: z.object({
    ts: z.string(),
    text: z.string().default(''),
    user: z.string().optional(),
    bot_id: z.string().optional(),
  }),
});

const deletedMessage = z.object({
  subtype: z.literal('message_deleted'),
  channel: z.string(),
  ts: z.string(),
  deleted_ts: z.string(),
});

const envelope = z.object({
  event_id: z.string().optional(),
  team_id: z.string().optional(),
  is_ext_shared_channel: z.boolean().optional(),
});

/**
 * Every message event is stored as intake work in one statement before the request is acknowledged;
 * a crash right after the ack loses nothing, and a redelivery stores nothing twice. Turning it into
 * ticket changes happens a moment later from the outbox. Bots, including this app, are never customers.
 */
export function messageListener(deps: ServiceDeps, inbox: IntakeInbox) {
  return async ({ event, body }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    const env = envelope.parse(body);
    const raw = event as unknown as Record<string, unknown>;
    let stored = false;
    if (raw.subtype === 'message_changed') {
      const changed = changedMessage.safeParse(raw);
      if (!changed.success || changed.data.message.bot_id) return;
      const { channel, ts, message } = changed.data;
      stored = await inbox.store({
        kind: JOB.intakeEdit,
        onceKey: `edit:${channel}:${message.ts}:${ts}`,
        channelId: channel,
        threadTs: message.ts,
        payload: { channelId: channel, ts: message.ts, text: capMessageText(message.text), editTs: ts },
      });
    } else if (raw.subtype === 'message_deleted') {
      const deleted = deletedMessage.safeParse(raw);
      if (!deleted.success) return;
      const { channel, ts, deleted_ts } = deleted.data;
      stored = await inbox.store({
        kind: JOB.intakeDeletion,
        onceKey: `delete:${channel}:${deleted_ts}`,
        channelId: channel,
        threadTs: deleted_ts,
        payload: { channelId: channel, ts: deleted_ts, deleteTs: ts },
      });
    } else {
      const parsed = plainMessage.safeParse(raw);
      // Other subtypes (joins, topic changes, bot posts) are not someone talking to us.
      if (!parsed.success || parsed.data.bot_id) return;
      const m = parsed.data;
      const incoming: IncomingMessage = {
        channelId: m.channel,
        ts: m.ts,
        threadTs: m.thread_ts,
        userId: m.user,
        authorTeamId: m.user_team ?? m.team,
        homeTeamId: env.team_id,
        sharedChannel: env.is_ext_shared_channel ?? false,
        text: capMessageText(m.text),
      };
      stored = await inbox.store({
        kind: JOB.intakeMessage,
        onceKey: `intake:${m.channel}:${m.ts}`,
        channelId: m.channel,
        threadTs: m.thread_ts && m.thread_ts !== m.ts ? m.thread_ts : undefined,
        payload: { ...incoming, eventId: env.event_id },
      });
    }
    if (stored) deps.wake();
  };
}
