import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { IDS } from '../../ids.js';
import type { ServiceDeps } from '../../services/deps.js';
import { withClient } from '../routes.js';
import { openTicketShortcut } from './open-ticket.js';

export function registerShortcuts(app: App, deps: ServiceDeps, client: WebClient): void {
  app.shortcut(IDS.shortcuts.openTicket, withClient(client, openTicketShortcut(deps)));
}
