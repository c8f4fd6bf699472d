import type { ServiceDeps } from '../../services/deps.js';
import { unlinkTicket } from '../../services/known-problems.js';
import { cardAction } from './card-action.js';
import { parseProblemValue } from './problem-value.js';

export function unlinkProblemAction(deps: ServiceDeps) {
  return cardAction(deps, 'unlink_problem', async (click) => {
    await unlinkTicket(deps, { agentId: click.userId, ticketId: parseProblemValue(click.raw).t });
    return undefined;
  });
}
