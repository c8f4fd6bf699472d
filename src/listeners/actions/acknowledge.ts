import { z } from 'zod';
import type { ServiceDeps } from '../../services/deps.js';
import { acknowledgeEscalation } from '../../services/ticket-actions.js';
import { cardAction } from './card-action.js';
import { parseJson } from './parse.js';

const escalation = z.object({ k: z.number().int().positive() });

/** "I'm on it" on an escalation ping. */
export function acknowledgeAction(deps: ServiceDeps) {
  return cardAction(deps, 'acknowledge', async (click) => {
    const value = parseJson(click.raw, escalation, 'That escalation could not be read.');
    const result = await acknowledgeEscalation(deps, { clockId: value.k, userId: click.userId, on: click.on });
    return result.already
      ? `<@${result.already}> already took #${result.ticketId}.`
      : `Thanks — you have #${result.ticketId}. No one else will be pinged for this wait.`;
  });
}
