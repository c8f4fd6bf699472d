import { z } from 'zod';
import { IDS } from '../../ids.js';
import type { ServiceDeps } from '../../services/deps.js';
import { linkFromForm } from '../../services/known-problems.js';
import { withBoundary } from '../boundary.js';
import { tellForm, type ViewArgs } from './form.js';
import { PROBLEM_FIELDS, parseProblemMetadata, readProblemForm } from './problem-form.js';

const metadata = z.object({ ticketId: z.number().int().positive() });

/** Submit of "Known problem…": the picked problem, or a new one, linked to the card's ticket. */
export function linkProblemSubmit(deps: ServiceDeps) {
  return async ({ ack, view, body }: ViewArgs): Promise<void> => {
    const tell = tellForm(ack, IDS.blocks.problemTitle, PROBLEM_FIELDS);
    await withBoundary(
      deps.log.child({ view: 'link_problem', user_id: body.user.id }),
      'link_problem_submit',
      async () => {
        const { ticketId } = parseProblemMetadata(view.private_metadata, metadata);
        await linkFromForm(deps, { agentId: body.user.id, ticketId, ...readProblemForm(view) });
        await ack();
      },
      tell,
    );
  };
}
