import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { IDS } from '../../ids.js';
import type { ServiceDeps } from '../../services/deps.js';
import { requestTicketFromReaction } from '../../services/ticket-actions.js';
import { withBoundary } from '../boundary.js';

const reaction = z.object({
  reaction: z.string(),
  user: z.string(),
  item: z.object({ type: z.literal('message'), channel: z.string(), ts: z.string() }),
});
const envelope = z.object({ event_id: z.string().optional() });

/**
 * An agent's :ticket: reaction opens a ticket from that message; the message is fetched after the ack.
 * Anyone can add any emoji, and an event has nobody to answer: a refusal is only logged at debug level.
 */
export function reactionAddedListener(deps: ServiceDeps) {
  return async ({ event, body }: SlackEventMiddlewareArgs<'reaction_added'> & AllMiddlewareArgs): Promise<void> => {
    const parsed = reaction.safeParse(event);
    if (!parsed.success || parsed.data.reaction !== IDS.reactions.openTicket) return;
    const { user, item } = parsed.data;
    const log = deps.log.child({ event: 'reaction_added', user_id: user });
    await withBoundary(
      log,
      'reaction_added',
      () =>
        requestTicketFromReaction(deps, {
          eventId: envelope.parse(body).event_id,
          channelId: item.channel,
          ts: item.ts,
          agentId: user,
        }),
      async (text) => log.debug('reaction not turned into a ticket', { reason: text }),
    );
  };
}
