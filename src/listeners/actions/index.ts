import type { App, BlockAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { IDS } from '../../ids.js';
import type { ServiceDeps } from '../../services/deps.js';
import { Routes, withClient } from '../routes.js';
import type { ActionArgs } from './card-action.js';
import { acknowledgeAction } from './acknowledge.js';
import { approveAction } from './approve.js';
import { assignToMeAction } from './assign.js';
import { channelSettingsAction } from './channel-settings.js';
import { classificationAction } from './classification.js';
import { discardAction } from './discard.js';
import { editAction } from './edit.js';
import { rateAction } from './rate.js';
import { reassignAction } from './reassign.js';
import { regenerateAction } from './regenerate.js';
import { resolveAction } from './resolve.js';
import { approveIncidentUpdatesAction } from './approve-incident-updates.js';
import { approveProblemUpdatesAction } from './approve-problem-updates.js';
import { linkProblemAction } from './link-problem.js';
import { linkSuggestedProblemAction } from './link-suggested-problem.js';
import { problemFromIncidentAction } from './problem-from-incident.js';
import { resolveProblemAction } from './resolve-problem.js';
import { unlinkProblemAction } from './unlink-problem.js';
import { updateIncidentCustomersAction } from './update-incident-customers.js';
import { showOriginalAction } from './show-original.js';
import { shareAnswerAction } from './share-answer.js';

export function actionRoutes(deps: ServiceDeps): Routes<ActionArgs> {
  const routes = new Routes<ActionArgs>('action', deps.log)
    .on(IDS.actions.approve, approveAction(deps))
    .on(IDS.actions.edit, editAction(deps))
    .on(IDS.actions.regenerate, regenerateAction(deps))
    .on(IDS.actions.discard, discardAction(deps))
    .on(IDS.actions.setCategory, classificationAction(deps))
    .on(IDS.actions.setPriority, classificationAction(deps))
    .on(IDS.actions.resolve, resolveAction(deps))
    .on(IDS.actions.assignToMe, assignToMeAction(deps))
    .on(IDS.actions.reassign, reassignAction(deps))
    .on(IDS.actions.acknowledge, acknowledgeAction(deps))
    .on(IDS.actions.openChannelSettings, channelSettingsAction(deps))
    .on(IDS.actions.linkProblem, linkProblemAction(deps))
    .on(IDS.actions.linkSuggestedProblem, linkSuggestedProblemAction(deps))
    .on(IDS.actions.unlinkProblem, unlinkProblemAction(deps))
    .on(IDS.actions.resolveProblem, resolveProblemAction(deps))
    .on(IDS.actions.approveProblemUpdates, approveProblemUpdatesAction(deps))
    .on(IDS.actions.problemFromIncident, problemFromIncidentAction(deps))
    .on(IDS.actions.updateIncidentCustomers, updateIncidentCustomersAction(deps))
    .on(IDS.actions.approveIncidentUpdates, approveIncidentUpdatesAction(deps))
    .on(IDS.actions.showOriginal, showOriginalAction(deps))
    .on(IDS.actions.shareAnswer, shareAnswerAction(deps));
  const rate = rateAction(deps);
  for (let score = 1; score <= 5; score++) routes.on(`${IDS.actions.rate}_${score}`, rate);
  return routes;
}

export function registerActions(app: App, deps: ServiceDeps, client: WebClient): void {
  const routes = actionRoutes(deps);
  app.action<BlockAction>(
    { type: 'block_actions' },
    withClient(client, async (args: ActionArgs) => routes.dispatch(args.action.action_id, args, () => args.ack())),
  );
}
