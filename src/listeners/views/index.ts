import type { App } from '@slack/bolt';
import { IDS } from '../../ids.js';
import type { ServiceDeps } from '../../services/deps.js';
import { channelSettingsSubmit } from './channel-settings-submit.js';
import { editDraftSubmit } from './edit-draft-submit.js';

export function registerViews(app: App, deps: ServiceDeps): void {
  app.view(IDS.views.editDraft, editDraftSubmit(deps));
  app.view(IDS.views.channelSettings, channelSettingsSubmit(deps));
}
