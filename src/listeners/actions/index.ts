import type { App } from '@slack/bolt';
import { IDS } from '../../ids.js';
import type { ServiceDeps } from '../../services/deps.js';
import { acknowledgeAction } from './acknowledge.js';
import { approveAction } from './approve.js';
import { classificationAction } from './classification.js';
import { discardAction } from './discard.js';
import { editAction } from './edit.js';
import { homeActions } from './home.js';
import { rateAction } from './rate.js';
import { regenerateAction } from './regenerate.js';
import { resolveAction } from './resolve.js';

export function registerActions(app: App, deps: ServiceDeps): void {
  app.action(IDS.actions.approve, approveAction(deps));
  app.action(IDS.actions.edit, editAction(deps));
  app.action(IDS.actions.regenerate, regenerateAction(deps));
  app.action(IDS.actions.discard, discardAction(deps));
  app.action(IDS.actions.setCategory, classificationAction(deps));
  app.action(IDS.actions.setPriority, classificationAction(deps));
  app.action(IDS.actions.resolve, resolveAction(deps));
  app.action(new RegExp(`^${IDS.actions.rate}_[1-5]$`), rateAction(deps));
  app.action(IDS.actions.acknowledge, acknowledgeAction(deps));
  homeActions(app, deps);
}
