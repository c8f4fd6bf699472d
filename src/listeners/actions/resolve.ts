import type { ServiceDeps } from '../../services/deps.js';
import { ticketForResolving } from '../../services/resolution.js';
import { resolveModal } from '../../views/resolve-modal.js';
import { cardAction } from './card-action.js';
import { parseCardValue, requireTrigger } from './parse.js';

/** Opens the resolve window: where the problem was, the cause and the fix; its submit resolves. */
export function resolveAction(deps: ServiceDeps) {
  return cardAction(deps, 'resolve', async (click, client) => {
    const ticket = await ticketForResolving(deps, {
      ticketId: parseCardValue(click.raw).t,
      agentId: click.userId,
      on: click.on,
    });
    const view = resolveModal({
      ticketId: ticket.id,
      language: deps.config.agentLanguage,
      customerLanguage: ticket.language,
    });
    // views.open: Tier 4 (src/slack/method-tiers.ts)
    await client.views.open({ trigger_id: requireTrigger(click), view });
    return undefined;
  });
}
