import { z } from 'zod';
import { InvalidInputError } from '../../errors.js';
import { IDS } from '../../ids.js';
import type { ServiceDeps } from '../../services/deps.js';
import { resolveWithNote } from '../../services/resolution.js';
import { withBoundary } from '../boundary.js';
import { tellForm, type ViewArgs } from './form.js';
import { answerResolve, RESOLVE_BLOCKS } from './resolve-form.js';

const metadata = z.object({
  t: z.number().int().positive(),
  side: z.string(),
  rootCause: z.string().nullable(),
  fix: z.string().nullable(),
});

function parseMetadata(text: string): z.infer<typeof metadata> {
  try {
    return metadata.parse(JSON.parse(text || '{}'));
  } catch {
    throw new InvalidInputError('This window is out of date. Please close it and click Resolve again.');
  }
}

/** Submit of the note window: the agent's OK on what the customer is told, then the ticket is resolved. */
export function resolveNoteSubmit(deps: ServiceDeps) {
  return async ({ ack, view, body }: ViewArgs): Promise<void> => {
    // The window shows only the note: any error, whatever its field, goes under it.
    const tell = tellForm(ack, IDS.blocks.closingNote, { closingNote: RESOLVE_BLOCKS.closingNote });
    await withBoundary(
      deps.log.child({ view: 'resolve_note', user_id: body.user.id }),
      'resolve_note_submit',
      async () => {
        const { t: ticketId, ...resolution } = parseMetadata(view.private_metadata);
        const values = view.state.values;
        const outcome = await resolveWithNote(deps, {
          ticketId,
          agentId: body.user.id,
          resolution,
          note: values[IDS.blocks.closingNote]?.[IDS.inputs.closingNote]?.value ?? '',
          sendAnyway: (values[IDS.blocks.sendAnyway]?.[IDS.inputs.sendAnyway]?.selected_options ?? []).length > 0,
        });
        await answerResolve({ ack, tell, deps, ticketId }, outcome);
      },
      tell,
    );
  };
}
