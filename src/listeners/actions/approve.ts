import { InvalidInputError } from '../../errors.js';
import type { ServiceDeps } from '../../services/deps.js';
import { approveDraft } from '../../services/drafts.js';
import { cardAction } from './card-action.js';
import { parseCardValue } from './parse.js';

/** Approve & send: the first click wins; later ones are told who sent it. */
export function approveAction(deps: ServiceDeps) {
  return cardAction(deps, 'approve', async (click) => {
    const { t: ticketId, d: draftId } = parseCardValue(click.raw);
    if (!draftId) throw new InvalidInputError('There is no draft to approve on this card.');
    const outcome = await approveDraft(deps, { draftId, ticketId, agentId: click.userId, on: click.on });
    if (outcome.kind === 'sending') return undefined;
    const by = outcome.draft.actedBy ? ` by <@${outcome.draft.actedBy}>` : '';
    return `This draft was already ${outcome.draft.status}${by}; nothing more was sent.`;
  });
}
