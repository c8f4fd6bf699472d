import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ServiceDeps } from '../../services/deps.js';
import { resolveByAgent } from '../../services/ticket-actions.js';
import { withBoundary } from '../boundary.js';
import { parseAction, parseCardValue } from './parse.js';
import { ephemeralTeller } from './tell.js';

export function resolveAction(deps: ServiceDeps) {
  return async ({ ack, body, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const tell = ephemeralTeller(client, body.channel?.id, body.user.id);
    await withBoundary(
      deps.log.child({ action: 'resolve', user_id: body.user.id }),
      'resolve',
      async () => {
        const action = parseAction(body);
        await resolveByAgent(deps, { ticketId: parseCardValue(action.raw).t, agentId: action.userId });
      },
      tell,
    );
  };
}
