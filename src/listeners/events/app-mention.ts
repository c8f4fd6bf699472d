import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { askFromMention } from '../../services/ask.js';
import type { ServiceDeps } from '../../services/deps.js';
import { withBoundary } from '../boundary.js';

const mention = z.object({
  user: z.string(),
  channel: z.string(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  text: z.string().default(''),
  bot_id: z.string().optional(),
});

/**
 * "@Complaint Desk how many …" in the triage channel: the question is queued and answered in its thread. A mention
 * anywhere else, or by anyone but an agent, is left unanswered, so nothing is ever answered in a shared channel.
 */
export function appMentionListener(deps: ServiceDeps) {
  return async ({ event }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    const parsed = mention.safeParse(event);
    if (!parsed.success || parsed.data.bot_id) return;
    const { user, channel, ts, thread_ts, text } = parsed.data;
    const log = deps.log.child({ event: 'app_mention', user_id: user });
    await withBoundary(
      log,
      'app_mention',
      async () => {
        const { queued } = await askFromMention(deps, {
          channelId: channel,
          userId: user,
          text,
          ts,
          threadTs: thread_ts,
        });
        if (!queued) log.debug('mention not answered', { channel });
      },
      async (reason) => log.debug('mention not answered', { reason }),
    );
  };
}
