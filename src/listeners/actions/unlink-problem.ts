import type { ServiceDeps } from '../../services/deps.js';
import { unlinkTicket } from '../../services/known-problems.js';
import { cardAction } from './card-action.js';
import { parseProblemValue, requireTicket } from './problem-value.js';

export function unlinkProblemAction(deps: ServiceDeps) {
  return cardAction(deps, 'unlink_problem', async (click) => {
    const value = parseProblemValue(click.raw);
    await unlinkTicket(deps, {
      agentId: click.userId,
      ticketId: requireTicket(value),
      problemId: value.k,
      on: click.on,
    });
    return undefined;
  });
}
