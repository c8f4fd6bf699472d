import type { ServiceDeps } from '../../services/deps.js';
import { problemForResolving } from '../../services/known-problems.js';
import { resolveProblemModal } from '../../views/known-problem-modal.js';
import { cardAction } from './card-action.js';
import { requireTrigger } from './parse.js';
import { parseProblemValue, requireProblem } from './problem-value.js';

/** "Problem fixed…": opens the modal that records the cause and fix; its submit drafts the updates. */
export function resolveProblemAction(deps: ServiceDeps) {
  return cardAction(deps, 'resolve_problem', async (click, client) => {
    const problemId = requireProblem(parseProblemValue(click.raw));
    const found = await problemForResolving(deps, { agentId: click.userId, problemId });
    // views.open: Tier 4 (src/slack/method-tiers.ts)
    await client.views.open({ trigger_id: requireTrigger(click), view: resolveProblemModal(found) });
    return undefined;
  });
}
