import type { ServiceDeps } from '../../services/deps.js';
import { linkTicketToProblem } from '../../services/known-problems.js';
import { cardAction } from './card-action.js';
import { parseProblemValue, requireProblem, requireTicket } from './problem-value.js';

/** A suggestion's Link: one click, and the card redraws with the link. */
export function linkSuggestedProblemAction(deps: ServiceDeps) {
  return cardAction(deps, 'link_suggested_problem', async (click) => {
    const value = parseProblemValue(click.raw);
    await linkTicketToProblem(deps, {
      agentId: click.userId,
      ticketId: requireTicket(value),
      problemId: requireProblem(value),
      on: click.on,
    });
    return undefined;
  });
}
