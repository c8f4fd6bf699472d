import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { findCustomerChannel } from '../../db/queries/customer-channels.js';
import { InvalidInputError, NotAnAgentError } from '../../errors.js';
import type { ServiceDeps } from '../../services/deps.js';
import { channelSettingsModal } from '../../views/channel-settings-modal.js';
import { withBoundary } from '../boundary.js';
import { parseAction } from './parse.js';

/** The Settings button next to a customer channel in App Home opens its settings modal. */
export function channelSettingsAction(deps: ServiceDeps) {
  return async ({ ack, body, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const userId = body.user.id;
    await withBoundary(
      deps.log.child({ action: 'channel_settings', user_id: userId }),
      'channel_settings',
      async () => {
        const action = parseAction(body);
        if (!(await deps.people.isAgent(userId))) throw new NotAnAgentError('change customer settings');
        const channel = action.raw ? await findCustomerChannel(deps.db, { channelId: action.raw }) : undefined;
        if (!channel) throw new InvalidInputError('That channel is no longer linked.');
        if (!action.triggerId)
          throw new InvalidInputError('Slack did not send what is needed to open a window. Please click again.');
        await client.views.open({
          trigger_id: action.triggerId,
          view: channelSettingsModal(channel, deps.config.sla.calendar.timeZone),
        });
      },
      async (text) => {
        await client.chat.postMessage({ channel: userId, text });
      },
    );
  };
}
