import type { App } from '@slack/bolt';
import { IDS } from '../../ids.js';
import type { ServiceDeps } from '../../services/deps.js';
import type { ReportService } from '../../services/report-runner.js';
import { complaintsCommand } from './complaints.js';

export function registerCommands(app: App, deps: ServiceDeps, reports: ReportService): void {
  app.command(IDS.command, complaintsCommand(deps, reports));
}
