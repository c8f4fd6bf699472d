import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { InvalidInputError, NotAnAgentError } from '../../errors.js';
import type { ServiceDeps } from '../../services/deps.js';
import { discardDraft } from '../../services/drafts.js';
import { withBoundary } from '../boundary.js';
import { parseAction, parseCardValue } from './parse.js';
import { ephemeralTeller } from './tell.js';

export function discardAction(deps: ServiceDeps) {
  return async ({ ack, body, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const tell = ephemeralTeller(client, body.channel?.id, body.user.id);
    await withBoundary(
      deps.log.child({ action: 'discard', user_id: body.user.id }),
      'discard',
      async () => {
        const action = parseAction(body);
        const value = parseCardValue(action.raw);
        if (!value.d) throw new InvalidInputError('There is no draft to discard on this card.');
        if (!(await deps.people.isAgent(action.userId))) throw new NotAnAgentError('discard drafts');
        if (!(await discardDraft(deps, { draftId: value.d, agentId: action.userId })))
          await tell('This draft was already handled.');
      },
      tell,
    );
  };
}
