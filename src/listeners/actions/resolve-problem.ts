import type { ServiceDeps } from '../../services/deps.js';
import { problemForResolving } from '../../services/known-problems.js';
import { resolveProblemModal } from '../../views/known-problem-modal.js';
import { cardAction } from './card-action.js';
import { requireTrigger } from './parse.js';
import { parseProblemValue, requireProblem } from './problem-value.js';

/** "Problem fixed…": opens the modal that records the cause and fix; its submit drafts the updates. */
export function resolveProblemAction(deps: ServiceDeps) {
  return cardAction(deps, 'resolve_problem', async (click, client) => {
    const value = parseProblemValue(click.raw);
    const problemId = requireProblem(value);
    const found = await problemForResolving(deps, {
      agentId: click.userId,
      problemId,
      ticketId: value.t,
      on: click.on,
    });
    await client.views.open({ trigger_id: requireTrigger(click), view: resolveProblemModal(found) });
    return undefined;
  });
}
