import type { ServiceDeps } from '../../services/deps.js';
import { incidentForUpdate } from '../../services/incident-updates.js';
import { incidentUpdateModal } from '../../views/incident-update-modal.js';
import { cardAction } from './card-action.js';
import { requireTrigger } from './parse.js';
import { parseIncidentValue } from './problem-value.js';

/** "Update every customer…" on the incident card: opens the form whose submit drafts the interim updates. */
export function updateIncidentCustomersAction(deps: ServiceDeps) {
  return cardAction(deps, 'update_incident_customers', async (click, client) => {
    const incidentId = parseIncidentValue(click.raw);
    const found = await incidentForUpdate(deps, { agentId: click.userId, incidentId, on: click.on });
    const metadata = { incidentId, ...found.place, openedAt: found.openedAt.toISOString() };
    await client.views.open({
      trigger_id: requireTrigger(click),
      view: incidentUpdateModal({ metadata, customers: found.unresolved }),
    });
    return undefined;
  });
}
