import { z } from 'zod';
import { IDS } from '../../ids.js';
import type { ServiceDeps } from '../../services/deps.js';
import { draftIncidentUpdates } from '../../services/incident-updates.js';
import { withBoundary } from '../boundary.js';
import { tellForm, type ViewArgs } from './form.js';
import { parseProblemMetadata } from './problem-form.js';

const metadata = z.object({
  incidentId: z.number().int().positive(),
  channelId: z.string().min(1).max(40),
  ts: z.string().min(1).max(40),
  openedAt: z.iso.datetime(),
});

/** Submit of "Update every customer…": an interim update drafted on each open ticket's card (not sent). */
export function incidentUpdateSubmit(deps: ServiceDeps) {
  return async ({ ack, view, body }: ViewArgs): Promise<void> => {
    const tell = tellForm(ack, IDS.blocks.nextUpdate, { nextUpdate: IDS.blocks.nextUpdate });
    await withBoundary(
      deps.log.child({ view: 'incident_update', user_id: body.user.id }),
      'incident_update_submit',
      async () => {
        const meta = parseProblemMetadata(view.private_metadata, metadata);
        const picked = view.state.values[IDS.blocks.nextUpdate]?.[IDS.inputs.nextUpdate]?.selected_option?.value;
        await draftIncidentUpdates(deps, {
          agentId: body.user.id,
          incidentId: meta.incidentId,
          nextUpdate: picked ?? undefined,
          place: { channelId: meta.channelId, ts: meta.ts },
          openedAt: new Date(meta.openedAt),
        });
        await ack();
      },
      tell,
    );
  };
}
