import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { NotAnAgentError, InvalidInputError } from '../../errors.js';
import type { ServiceDeps } from '../../services/deps.js';
import { approveDraft } from '../../services/drafts.js';
import { withBoundary } from '../boundary.js';
import { parseAction, parseCardValue } from './parse.js';
import { ephemeralTeller } from './tell.js';

/** Approve & send: the first click wins; later ones are told who sent it. */
export function approveAction(deps: ServiceDeps) {
  return async ({ ack, body, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const tell = ephemeralTeller(client, body.channel?.id, body.user.id);
    await withBoundary(
      deps.log.child({ action: 'approve', user_id: body.user.id }),
      'approve',
      async () => {
        const action = parseAction(body);
        const value = parseCardValue(action.raw);
        if (!value.d) throw new InvalidInputError('There is no draft to approve on this card.');
        if (!(await deps.people.isAgent(action.userId))) throw new NotAnAgentError('approve replies');
        const outcome = await approveDraft(deps, { draftId: value.d, agentId: action.userId });
        if (outcome.kind === 'already_handled') {
          await tell(
            `This draft was already ${outcome.draft.status}${outcome.draft.actedBy ? ` by <@${outcome.draft.actedBy}>` : ''}; nothing more was sent.`,
          );
        }
      },
      tell,
    );
  };
}
