import { z } from 'zod';
import type { ServiceDeps } from '../../services/deps.js';
import { rateTicket } from '../../services/ticket-actions.js';
import { cardAction } from './card-action.js';
import { parseJson } from './parse.js';

const rating = z.object({ t: z.number().int().positive(), r: z.number().int() });

/**
 * A rating click on a closing message. The service decides whether it counts (the customer's side, on that ticket's
 * own closing message); the clicker is answered, only to them, in the ticket's customer language either way.
 */
export function rateAction(deps: ServiceDeps) {
  return cardAction(deps, 'rate', async (click) => {
    const value = parseJson(click.raw, rating, 'That rating could not be read.');
    const { answer } = await rateTicket(deps, {
      ticketId: value.t,
      userId: click.userId,
      userTeamId: click.teamId,
      rating: value.r,
      on: click.on,
    });
    return answer;
  });
}
