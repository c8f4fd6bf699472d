import { InvalidInputError } from '../../errors.js';
import type { ServiceDeps } from '../../services/deps.js';
import { draftForEditing } from '../../services/drafts.js';
import { editDraftModal } from '../../views/edit-draft-modal.js';
import { cardAction } from './card-action.js';
import { parseCardValue, requireTrigger } from './parse.js';

/** Opens the edit modal prefilled with the draft; the modal's submit sends. */
export function editAction(deps: ServiceDeps) {
  return cardAction(deps, 'edit', async (click, client) => {
    const { t: ticketId, d: draftId } = parseCardValue(click.raw);
    if (!draftId) throw new InvalidInputError('There is no draft to edit on this card.');
    const draft = await draftForEditing(deps, { draftId, ticketId, agentId: click.userId, on: click.on });
    await client.views.open({
      trigger_id: requireTrigger(click),
      view: editDraftModal({ draft, customerLanguage: draft.customerLanguage }),
    });
    return undefined;
  });
}
