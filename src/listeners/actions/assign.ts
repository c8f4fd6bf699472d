import type { ServiceDeps } from '../../services/deps.js';
import { assignTicket } from '../../services/ownership.js';
import { cardAction } from './card-action.js';
import { parseCardValue } from './parse.js';

/** "Assign to me": the clicker owns the ticket; the card shows it. */
export function assignToMeAction(deps: ServiceDeps) {
  return cardAction(deps, 'assign_to_me', async (click) => {
    await assignTicket(deps, {
      ticketId: parseCardValue(click.raw).t,
      actorId: click.userId,
      assigneeId: click.userId,
      on: click.on,
    });
    return undefined;
  });
}
