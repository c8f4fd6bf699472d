import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { recordActivity } from '../../db/queries/ticket-activity.js';
import { InvalidInputError, NotAnAgentError } from '../../errors.js';
import type { ServiceDeps } from '../../services/deps.js';
import { tsToDate } from '../../services/intake.js';
import { openTicket } from '../../services/tickets.js';
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
      await client.chat.postEphemeral({ channel: shortcut.channel.id, user: shortcut.user.id, text });
    };
    await withBoundary(
      deps.log.child({ shortcut: 'open_ticket', user_id: shortcut.user.id }),
      'open_ticket',
      async () => {
        const p = payload.safeParse(shortcut);
        if (!p.success) throw new InvalidInputError('That message could not be read.');
        if (!(await deps.people.isAgent(p.data.user.id))) throw new NotAnAgentError('open tickets');
        const m = p.data.message;
        if (!m.user || m.bot_id)
          throw new InvalidInputError('Tickets are opened from a person’s message, not from an app’s.');
        if (m.thread_ts && m.thread_ts !== m.ts)
          throw new InvalidInputError(
            'Open a ticket from the first message of a conversation, not from a reply in a thread.',
          );
        const { ticket, created } = await deps.db.transaction(async (tx) => {
          const result = await openTicket(tx, deps.config, {
            channelId: p.data.channel.id,
            rootTs: m.ts,
            customerUserId: m.user!,
            customerTeamId: m.user_team,
            text: m.text,
            at: tsToDate(m.ts),
            openedVia: 'shortcut',
            openedBy: p.data.user.id,
          });
          if (result.created)
            await recordActivity(tx, {
              ticketId: result.ticket.id,
              at: deps.now(),
              actorUserId: p.data.user.id,
              action: 'opened_manually',
            });
          return result;
        });
        deps.wake();
        await tell(created ? `Opened ticket #${ticket.id}.` : `This message already is ticket #${ticket.id}.`);
      },
      tell,
    );
  };
}
