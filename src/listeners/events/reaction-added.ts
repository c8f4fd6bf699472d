import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { recordEventOnce } from '../../db/queries/slack-events.js';
import { IDS } from '../../ids.js';
import type { ServiceDeps } from '../../services/deps.js';
import { jobs } from '../../services/jobs.js';

const reaction = z.object({
  reaction: z.string(),
  user: z.string(),
  item: z.object({ type: z.literal('message'), channel: z.string(), ts: z.string() }),
});

/** An agent's :ticket: reaction opens a ticket from that message; the message is fetched after the ack. */
export function reactionAddedListener(deps: ServiceDeps) {
  return async ({ event, body }: SlackEventMiddlewareArgs<'reaction_added'> & AllMiddlewareArgs): Promise<void> => {
    const parsed = reaction.safeParse(event);
    if (!parsed.success || parsed.data.reaction !== IDS.reactions.openTicket) return;
    if (!(await deps.people.isAgent(parsed.data.user))) return;
    const eventId = (body as { event_id?: string }).event_id;
    await deps.db.transaction(async (tx) => {
      if (eventId && !(await recordEventOnce(tx, { eventId }))) return;
      await jobs.openFromReaction(tx, {
        channelId: parsed.data.item.channel,
        ts: parsed.data.item.ts,
        userId: parsed.data.user,
      });
    });
    deps.wake();
  };
}
