import type { ServiceDeps } from '../../services/deps.js';
import { openProblemsForLinking } from '../../services/known-problems.js';
import { linkProblemModal } from '../../views/known-problem-modal.js';
import { cardAction } from './card-action.js';
import { requireTrigger } from './parse.js';
import { parseProblemValue, requireTicket } from './problem-value.js';

/** "Known problem…" on a card: the modal to pick an open problem or start a new one; its submit links. */
export function linkProblemAction(deps: ServiceDeps) {
  return cardAction(deps, 'link_problem', async (click, client) => {
    const ticketId = requireTicket(parseProblemValue(click.raw));
    const open = await openProblemsForLinking(deps, { agentId: click.userId, ticketId, on: click.on });
    await client.views.open({ trigger_id: requireTrigger(click), view: linkProblemModal({ ticketId, open }) });
    return undefined;
  });
}
