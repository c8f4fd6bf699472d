import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { findDraft } from '../../db/queries/drafts.js';
import { InvalidInputError, NotAnAgentError } from '../../errors.js';
import type { ServiceDeps } from '../../services/deps.js';
import { editDraftModal } from '../../views/edit-draft-modal.js';
import { withBoundary } from '../boundary.js';
import { parseAction, parseCardValue } from './parse.js';
import { ephemeralTeller } from './tell.js';

/** Opens the edit modal prefilled with the draft; the modal's submit sends. */
export function editAction(deps: ServiceDeps) {
  return async ({ ack, body, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const tell = ephemeralTeller(client, body.channel?.id, body.user.id);
    await withBoundary(
      deps.log.child({ action: 'edit', user_id: body.user.id }),
      'edit',
      async () => {
        const action = parseAction(body);
        const value = parseCardValue(action.raw);
        if (!(await deps.people.isAgent(action.userId))) throw new NotAnAgentError('edit replies');
        const draft = value.d ? await findDraft(deps.db, { draftId: value.d }) : undefined;
        if (!draft || draft.status !== 'proposed')
          throw new InvalidInputError('This draft was already handled; the card shows the current one.');
        if (!action.triggerId)
          throw new InvalidInputError('Slack did not send what is needed to open a window. Please click again.');
        await client.views.open({ trigger_id: action.triggerId, view: editDraftModal({ draft }) });
      },
      tell,
    );
  };
}
