import type { ServiceDeps } from '../../services/deps.js';
import { originalMessagesFor } from '../../services/translation.js';
import { originalMessagesModal } from '../../views/card-translation.js';
import { cardAction } from './card-action.js';
import { parseCardValue, requireTrigger } from './parse.js';

/** "Show original" on a card that shows translations: the customer's messages as written, in a modal. */
export function showOriginalAction(deps: ServiceDeps) {
  return cardAction(deps, 'show_original', async (click, client) => {
    const { t: ticketId } = parseCardValue(click.raw);
    const { ticket, messages } = await originalMessagesFor(deps, { ticketId, agentId: click.userId, on: click.on });
    await client.views.open({ trigger_id: requireTrigger(click), view: originalMessagesModal(ticket, messages) });
    return undefined;
  });
}
