import type { App } from '@slack/bolt';
import { IDS } from '../../ids.js';
import type { ServiceDeps } from '../../services/deps.js';
import { openTicketShortcut } from './open-ticket.js';

export function registerShortcuts(app: App, deps: ServiceDeps): void {
  app.shortcut(IDS.shortcuts.openTicket, openTicketShortcut(deps));
}
