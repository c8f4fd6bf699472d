import type { App, ViewSubmitAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { IDS } from '../../ids.js';
import type { ServiceDeps } from '../../services/deps.js';
import { Routes, withClient } from '../routes.js';
import { channelSettingsSubmit } from './channel-settings-submit.js';
import { editDraftSubmit } from './edit-draft-submit.js';
import type { ViewArgs } from './form.js';
import { incidentUpdateSubmit } from './incident-update-submit.js';
import { linkProblemSubmit } from './link-problem-submit.js';
import { resolveProblemSubmit } from './resolve-problem-submit.js';
import { resolveNoteSubmit } from './resolve-note-submit.js';
import { resolveSubmit } from './resolve-submit.js';

export function viewRoutes(deps: ServiceDeps): Routes<ViewArgs> {
  return new Routes<ViewArgs>('view', deps.log)
    .on(IDS.views.editDraft, editDraftSubmit(deps))
    .on(IDS.views.channelSettings, channelSettingsSubmit(deps))
    .on(IDS.views.linkProblem, linkProblemSubmit(deps))
    .on(IDS.views.resolveProblem, resolveProblemSubmit(deps))
    .on(IDS.views.resolve, resolveSubmit(deps))
    .on(IDS.views.resolveNote, resolveNoteSubmit(deps))
    .on(IDS.views.incidentUpdate, incidentUpdateSubmit(deps));
}

export function registerViews(app: App, deps: ServiceDeps, client: WebClient): void {
  const routes = viewRoutes(deps);
  app.view<ViewSubmitAction>(
    { type: 'view_submission' },
    withClient(client, async (args: ViewArgs) => routes.dispatch(args.view.callback_id, args, () => args.ack())),
  );
}
