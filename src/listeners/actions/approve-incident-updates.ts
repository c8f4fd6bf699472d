import type { ServiceDeps } from '../../services/deps.js';
import { approveIncidentUpdates } from '../../services/incident-updates.js';
import { cardAction } from './card-action.js';
import { parseIncidentValue } from './problem-value.js';

/** "Approve all N updates" on the incident card (after Slack's confirm dialog): each waiting update is sent once. */
export function approveIncidentUpdatesAction(deps: ServiceDeps) {
  return cardAction(deps, 'approve_incident_updates', async (click) => {
    const incidentId = parseIncidentValue(click.raw);
    const { approved } = await approveIncidentUpdates(deps, { agentId: click.userId, incidentId, on: click.on });
    if (approved.length === 0) return 'No update for this incident was waiting; nothing more was sent.';
    const updates = `${approved.length} update${approved.length === 1 ? '' : 's'}`;
    return `Approved ${updates} for this incident; each customer gets theirs once, in their own thread.`;
  });
}
