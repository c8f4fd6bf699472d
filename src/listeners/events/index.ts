import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { ServiceDeps } from '../../services/deps.js';
import type { IntakeInbox } from '../../services/intake-inbox.js';
import type { Workspace } from '../../services/workspace.js';
import { Routes, withClient } from '../routes.js';
import { appHomeOpenedListener } from './app-home-opened.js';
import { appMentionListener } from './app-mention.js';
import { membershipListener } from './membership.js';
import { messageListener } from './message.js';
import { reactionAddedListener } from './reaction-added.js';

type EventArgs = SlackEventMiddlewareArgs & AllMiddlewareArgs;

export function registerEvents(
  app: App,
  deps: ServiceDeps,
  { workspace, inbox, client }: { workspace: Workspace; inbox: IntakeInbox; client: WebClient },
): void {
  const routes = new Routes<EventArgs>('event', deps.log);
  // Each handler is typed for its own event; the route by event type is what makes that true.
  const on = <E extends string>(
    type: E,
    handler: (args: SlackEventMiddlewareArgs<E> & AllMiddlewareArgs) => Promise<void>,
  ) => routes.on(type, handler as unknown as (args: EventArgs) => Promise<void>);
  on('message', messageListener(deps, inbox));
  on('reaction_added', reactionAddedListener(deps));
  on('member_joined_channel', membershipListener(deps));
  on('member_left_channel', membershipListener(deps));
  on('app_home_opened', appHomeOpenedListener(deps, workspace));
  on('app_mention', appMentionListener(deps));
  // Events are acknowledged by Bolt itself; an event type we do not handle needs nothing more.
  app.event(
    new RegExp(`^(${routes.ids().join('|')})$`),
    withClient(client, async (args: EventArgs) => routes.dispatch(args.event.type, args, async () => {})),
  );
}
