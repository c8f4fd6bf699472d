import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { findDraft } from '../../db/queries/drafts.js';
import { NotAnAgentError, UserFacingError, correlationId, unexpectedErrorMessage } from '../../errors.js';
import { IDS } from '../../ids.js';
import type { ServiceDeps } from '../../services/deps.js';
import { sendEditedDraft } from '../../services/drafts.js';
import { editDraftModal } from '../../views/edit-draft-modal.js';

const metadata = z.object({ draftId: z.number().int().positive() });

/** Submit of the edit modal: tone-check, then either send or show the findings in the modal. */
export function editDraftSubmit(deps: ServiceDeps) {
  return async ({ ack, view, body }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const fail = (message: string) => ack({ response_action: 'errors', errors: { [IDS.blocks.draftText]: message } });
    try {
      const meta = metadata.safeParse(JSON.parse(view.private_metadata || '{}'));
      if (!meta.success) return void (await fail('This window is out of date. Please close it and click Edit again.'));
      const text = view.state.values[IDS.blocks.draftText]?.[IDS.inputs.draftText]?.value ?? '';
      const sendAnyway =
        (view.state.values[IDS.blocks.sendAnyway]?.[IDS.inputs.sendAnyway]?.selected_options ?? []).length > 0;
      if (!(await deps.people.isAgent(body.user.id))) throw new NotAnAgentError('send replies');
      const outcome = await sendEditedDraft(deps, {
        draftId: meta.data.draftId,
        agentId: body.user.id,
        text,
        sendAnyway,
      });
      if (outcome.kind === 'needs_confirmation') {
        const draft = (await findDraft(deps.db, { draftId: meta.data.draftId }))!;
        return void (await ack({
          response_action: 'update',
          view: editDraftModal({ draft, text, findings: outcome.findings }),
        }));
      }
      if (outcome.kind === 'already_handled')
        return void (await fail(
          'Someone already handled this draft; nothing was sent. The card shows the current state.',
        ));
      await ack();
    } catch (error) {
      if (error instanceof UserFacingError) return void (await fail(error.message));
      const ref = correlationId();
      deps.log.error('edit submit failed', { ref, error });
      await fail(unexpectedErrorMessage(ref));
    }
  };
}
