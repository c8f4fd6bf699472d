import { InvalidInputError } from '../../errors.js';
import { channelForSettings } from '../../services/channels.js';
import type { ServiceDeps } from '../../services/deps.js';
import { channelSettingsModal } from '../../views/channel-settings-modal.js';
import { cardAction } from './card-action.js';
import { requireTrigger } from './parse.js';

/** The Settings button next to a customer channel in App Home opens its settings modal. */
export function channelSettingsAction(deps: ServiceDeps) {
  return cardAction(deps, 'channel_settings', async (click, client) => {
    if (!click.raw) throw new InvalidInputError('That button does not name a channel. Please reopen App Home.');
    const channel = await channelForSettings(deps, { channelId: click.raw, actorId: click.userId });
    // views.open: Tier 4 (src/slack/method-tiers.ts)
    await client.views.open({
      trigger_id: requireTrigger(click),
      view: channelSettingsModal(channel, deps.config.sla.calendar.timeZone),
    });
    return undefined;
  });
}
