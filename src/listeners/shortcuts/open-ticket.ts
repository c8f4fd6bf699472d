import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { InvalidInputError } from '../../errors.js';
import type { ServiceDeps } from '../../services/deps.js';
import { openTicketManually } from '../../services/ticket-actions.js';
import { withBoundary } from '../boundary.js';

const payload = z.object({
  user: z.object({ id: z.string() }),
  channel: z.object({ id: z.string() }),
  message: z.object({
    ts: z.string(),
    text: z.string().default(''),
    user: z.string().optional(),
    bot_id: z.string().optional(),
    user_team: z.string().optional(),
    thread_ts: z.string().optional(),
  }),
});

/** "Open complaint ticket" on any message: the message becomes ticket #N as if the customer had posted it. */
export function openTicketShortcut(deps: ServiceDeps) {
  return async ({
    ack,
    shortcut,
    client,
  }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const tell = async (text: string) => {
      // chat.postEphemeral: Tier 4 (src/slack/method-tiers.ts)
      await client.chat.postEphemeral({ channel: shortcut.channel.id, user: shortcut.user.id, text });
    };
    await withBoundary(
      deps.log.child({ shortcut: 'open_ticket', user_id: shortcut.user.id }),
      'open_ticket',
      async () => {
        const p = payload.safeParse(shortcut);
        if (!p.success) throw new InvalidInputError('That message could not be read.');
        const { message: m, channel, user } = p.data;
        const { ticket, created } = await openTicketManually(deps, {
          message: {
            channelId: channel.id,
            ts: m.ts,
            text: m.text,
            userId: m.user,
            userTeamId: m.user_team,
            botId: m.bot_id,
            threadTs: m.thread_ts,
          },
          agentId: user.id,
          via: 'shortcut',
        });
        await tell(created ? `Opened ticket #${ticket.id}.` : `This message already is ticket #${ticket.id}.`);
      },
      tell,
    );
  };
}
