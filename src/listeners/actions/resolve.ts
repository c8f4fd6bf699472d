import type { ServiceDeps } from '../../services/deps.js';
import { resolveByAgent } from '../../services/ticket-actions.js';
import { cardAction } from './card-action.js';
import { parseCardValue } from './parse.js';

export function resolveAction(deps: ServiceDeps) {
  return cardAction(deps, 'resolve', async (click) => {
    await resolveByAgent(deps, { ticketId: parseCardValue(click.raw).t, agentId: click.userId });
    return undefined;
  });
}
