import { InvalidInputError } from '../../errors.js';
import { IDS } from '../../ids.js';
import type { ServiceDeps } from '../../services/deps.js';
import { assignTicket } from '../../services/ownership.js';
import { cardAction } from './card-action.js';

/** The owner picker's block is the prefix and the ticket id: a people picker carries no value of its own. */
const OWNER_BLOCK = new RegExp(`^${IDS.blocks.ownerPrefix}(\\d+)$`);

/** The people picker on the card: the ticket goes to the person picked. */
export function reassignAction(deps: ServiceDeps) {
  return cardAction(deps, 'reassign', async (click) => {
    const ticketId = Number(OWNER_BLOCK.exec(click.blockId ?? '')?.[1]);
    if (!Number.isSafeInteger(ticketId) || ticketId <= 0 || !click.selectedUser)
      throw new InvalidInputError('That choice could not be read. Please pick the person again on the latest card.');
    await assignTicket(deps, { ticketId, actorId: click.userId, assigneeId: click.selectedUser, on: click.on });
    return undefined;
  });
}
