import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { NotAnAgentError } from '../../errors.js';
import type { ServiceDeps } from '../../services/deps.js';
import { requestRegeneration } from '../../services/drafts.js';
import { withBoundary } from '../boundary.js';
import { parseAction, parseCardValue } from './parse.js';
import { ephemeralTeller } from './tell.js';

export function regenerateAction(deps: ServiceDeps) {
  return async ({ ack, body, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const tell = ephemeralTeller(client, body.channel?.id, body.user.id);
    await withBoundary(
      deps.log.child({ action: 'regenerate', user_id: body.user.id }),
      'regenerate',
      async () => {
        const action = parseAction(body);
        const value = parseCardValue(action.raw);
        if (!(await deps.people.isAgent(action.userId))) throw new NotAnAgentError('ask for a new draft');
        await requestRegeneration(deps, { ticketId: value.t, agentId: action.userId });
      },
      tell,
    );
  };
}
