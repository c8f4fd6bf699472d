import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ServiceDeps } from '../../services/deps.js';

/** Joining or leaving the triage channel makes someone an agent or not: forget the cached list. */
export function membershipListener(deps: ServiceDeps) {
  return async ({
    event,
  }: SlackEventMiddlewareArgs<'member_joined_channel' | 'member_left_channel'> & AllMiddlewareArgs): Promise<void> => {
    if (event.channel === deps.config.triageChannelId) deps.people.forget();
  };
}
