import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { IDS } from '../../ids.js';
import type { QueryWriter } from '../../drafting/ask-model.js';
import type { ServiceDeps } from '../../services/deps.js';
import type { ReportService } from '../../services/report-runner.js';
import { withClient } from '../routes.js';
import { complaintsCommand } from './complaints.js';

export function registerCommands(
  app: App,
  deps: ServiceDeps,
  reports: ReportService,
  client: WebClient,
  writer?: QueryWriter,
): void {
  app.command(IDS.command, withClient(client, complaintsCommand(deps, reports, writer)));
}
