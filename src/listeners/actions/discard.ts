import { InvalidInputError } from '../../errors.js';
import type { ServiceDeps } from '../../services/deps.js';
import { discardDraft } from '../../services/drafts.js';
import { cardAction } from './card-action.js';
import { parseCardValue } from './parse.js';

export function discardAction(deps: ServiceDeps) {
  return cardAction(deps, 'discard', async (click) => {
    const { t: ticketId, d: draftId } = parseCardValue(click.raw);
    if (!draftId) throw new InvalidInputError('There is no draft to discard on this card.');
    const discarded = await discardDraft(deps, { draftId, ticketId, agentId: click.userId, on: click.on });
    return discarded ? undefined : 'This draft was already handled.';
  });
}
