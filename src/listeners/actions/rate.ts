import { z } from 'zod';
import type { ServiceDeps } from '../../services/deps.js';
import { rateTicket } from '../../services/ticket-actions.js';
import { ratedThanks } from '../../views/closing.js';
import { cardAction } from './card-action.js';
import { parseJson } from './parse.js';

const rating = z.object({ t: z.number().int().positive(), r: z.number().int() });

/** The customer's rating click, from any workspace; they see a thank-you only they can see. */
export function rateAction(deps: ServiceDeps) {
  return cardAction(deps, 'rate', async (click) => {
    const value = parseJson(click.raw, rating, 'That rating could not be read.');
    const ticket = await rateTicket(deps, { ticketId: value.t, userId: click.userId, rating: value.r });
    return ratedThanks(ticket.language, value.r);
  });
}
