import type { ServiceDeps } from '../../services/deps.js';
import { requestRegeneration } from '../../services/drafts.js';
import { cardAction } from './card-action.js';
import { parseCardValue } from './parse.js';

export function regenerateAction(deps: ServiceDeps) {
  return cardAction(deps, 'regenerate', async (click) => {
    await requestRegeneration(deps, { ticketId: parseCardValue(click.raw).t, agentId: click.userId, on: click.on });
    return undefined;
  });
}
