import type { ServiceDeps } from '../../services/deps.js';
import { problemFromIncident } from '../../services/known-problems.js';
import { untrustedMrkdwn } from '../../slack/untrusted-text.js';
import { cardAction } from './card-action.js';
import { parseIncidentValue } from './problem-value.js';

/** One click on a possible-incident alert makes it a known problem with the alert's tickets linked. */
export function problemFromIncidentAction(deps: ServiceDeps) {
  return cardAction(deps, 'problem_from_incident', async (click) => {
    const incidentId = parseIncidentValue(click.raw);
    const { problem, created, linked } = await problemFromIncident(deps, {
      agentId: click.userId,
      incidentId,
      on: click.on,
    });
    // Sent as mrkdwn: the title may hold a customer's words (an incident's region).
    const title = untrustedMrkdwn(problem.title, 80);
    if (!created) return `This alert is already the known problem “${title}”.`;
    const tickets = `${linked} ticket${linked === 1 ? '' : 's'}`;
    return `Known problem “${title}” made from the alert; ${tickets} linked. Resolve it from any of their cards.`;
  });
}
