import type { App } from '@slack/bolt';
import type { ServiceDeps } from '../../services/deps.js';
import type { Workspace } from '../../services/workspace.js';
import { membershipListener } from './membership.js';
import { messageListener } from './message.js';
import { reactionAddedListener } from './reaction-added.js';
import { appHomeOpenedListener } from './app-home-opened.js';

export function registerEvents(app: App, deps: ServiceDeps, workspace: Workspace): void {
  app.event('message', messageListener(deps));
  app.event('reaction_added', reactionAddedListener(deps));
  app.event('member_joined_channel', membershipListener(deps));
  app.event('member_left_channel', membershipListener(deps));
  app.event('app_home_opened', appHomeOpenedListener(deps, workspace));
}
