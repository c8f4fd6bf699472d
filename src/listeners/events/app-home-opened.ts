import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ServiceDeps } from '../../services/deps.js';
import { buildHome } from '../../services/home.js';
import type { Workspace } from '../../services/workspace.js';

/** Publishes the Home tab when someone opens it; reading only, so nothing to store first. */
export function appHomeOpenedListener(deps: ServiceDeps, workspace: Workspace) {
  return async ({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab !== 'home') return;
    try {
      // views.publish: Tier 4 (src/slack/method-tiers.ts)
      await client.views.publish({ user_id: event.user, view: await buildHome(deps, workspace, event.user) });
    } catch (error) {
      deps.log.warn('could not publish the Home tab', { user_id: event.user, error });
    }
  };
}
