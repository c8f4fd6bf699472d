import { z } from 'zod';
import { InvalidInputError } from '../../errors.js';
import { IDS } from '../../ids.js';
import type { ServiceDeps } from '../../services/deps.js';
import { sendEditedDraft } from '../../services/drafts.js';
import { editDraftModal } from '../../views/edit-draft-modal.js';
import { withBoundary } from '../boundary.js';
import { tellForm, type ViewArgs } from './form.js';

const metadata = z.object({ draftId: z.number().int().positive() });

function parseMetadata(text: string): z.infer<typeof metadata> {
  try {
    return metadata.parse(JSON.parse(text || '{}'));
  } catch {
    throw new InvalidInputError('This window is out of date. Please close it and click Edit again.');
  }
}

/** Submit of the edit modal: tone-check, then either send or show the findings in the modal. */
export function editDraftSubmit(deps: ServiceDeps) {
  return async ({ ack, view, body }: ViewArgs): Promise<void> => {
    // The modal has one input: every error about it, whatever its field, shows under the text.
    const tell = tellForm(ack, IDS.blocks.draftText);
    await withBoundary(
      deps.log.child({ view: 'edit_draft', user_id: body.user.id }),
      'edit_draft_submit',
      async () => {
        const { draftId } = parseMetadata(view.private_metadata);
        const values = view.state.values;
        const text = values[IDS.blocks.draftText]?.[IDS.inputs.draftText]?.value ?? '';
        const sendAnyway = (values[IDS.blocks.sendAnyway]?.[IDS.inputs.sendAnyway]?.selected_options ?? []).length > 0;
        const outcome = await sendEditedDraft(deps, { draftId, agentId: body.user.id, text, sendAnyway });
        if (outcome.kind === 'needs_confirmation') {
          const { draft, findings } = outcome;
          await ack({ response_action: 'update', view: editDraftModal({ draft, text, findings }) });
        } else if (outcome.kind === 'already_handled') {
          await tell('Someone already handled this draft; nothing was sent. The card shows the current state.');
        } else {
          await ack();
        }
      },
      tell,
    );
  };
}
