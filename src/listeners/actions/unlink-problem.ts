import type { ServiceDeps } from '../../services/deps.js';
import { unlinkTicket } from '../../services/known-problems.js';
import { cardAction } from './card-action.js';
import { parseProblemValue, requireTicket } from './problem-value.js';

export function unlinkProblemAction(deps: ServiceDeps) {
  return cardAction(deps, 'unlink_problem', async (click) => {
    await unlinkTicket(deps, { agentId: click.userId, ticketId: requireTicket(parseProblemValue(click.raw)) });
    return undefined;
  });
}
