import { z } from 'zod';
import { InvalidInputError } from '../../errors.js';
import { IDS } from '../../ids.js';
import type { ServiceDeps } from '../../services/deps.js';
import { type ResolveField, resolveWithCause } from '../../services/resolution.js';
import { withBoundary } from '../boundary.js';
import { answerResolve, RESOLVE_BLOCKS } from './resolve-form.js';
import { tellForm, type ViewArgs } from './form.js';

const metadata = z.object({ t: z.number().int().positive() });

function parseMetadata(text: string): z.infer<typeof metadata> {
  try {
    return metadata.parse(JSON.parse(text || '{}'));
  } catch {
    throw new InvalidInputError('This window is out of date. Please close it and click Resolve again.');
  }
}

/** Submit of the resolve window: resolves, or moves on to the drafted note when the customer is to be told. */
export function resolveSubmit(deps: ServiceDeps) {
  return async ({ ack, view, body }: ViewArgs): Promise<void> => {
    const tell = tellForm(ack, IDS.blocks.side, RESOLVE_BLOCKS satisfies Record<ResolveField, string>);
    await withBoundary(
      deps.log.child({ view: 'resolve', user_id: body.user.id }),
      'resolve_submit',
      async () => {
        const { t: ticketId } = parseMetadata(view.private_metadata);
        const values = view.state.values;
        const outcome = await resolveWithCause(deps, {
          ticketId,
          agentId: body.user.id,
          side: values[IDS.blocks.side]?.[IDS.inputs.side]?.selected_option?.value,
          rootCause: values[IDS.blocks.rootCause]?.[IDS.inputs.rootCause]?.value,
          fix: values[IDS.blocks.fix]?.[IDS.inputs.fix]?.value,
          tellCustomer: (values[IDS.blocks.tellCustomer]?.[IDS.inputs.tellCustomer]?.selected_options ?? []).length > 0,
        });
        await answerResolve({ ack, tell, deps, ticketId }, outcome);
      },
      tell,
    );
  };
}
