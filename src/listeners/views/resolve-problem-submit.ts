import { z } from 'zod';
import { IDS } from '../../ids.js';
import type { ServiceDeps } from '../../services/deps.js';
import { resolveKnownProblem } from '../../services/known-problems.js';
import { withBoundary } from '../boundary.js';
import { tellForm, type ViewArgs } from './form.js';
import { PROBLEM_FIELDS, parseProblemMetadata, readProblemForm } from './problem-form.js';

const metadata = z.object({ problemId: z.number().int().positive() });

/** Submit of "Problem fixed": resolved, and an update drafted on each open linked ticket's card (not sent). */
export function resolveProblemSubmit(deps: ServiceDeps) {
  return async ({ ack, view, body }: ViewArgs): Promise<void> => {
    const tell = tellForm(ack, IDS.blocks.problemFix, PROBLEM_FIELDS);
    await withBoundary(
      deps.log.child({ view: 'resolve_problem', user_id: body.user.id }),
      'resolve_problem_submit',
      async () => {
        const { problemId } = parseProblemMetadata(view.private_metadata, metadata);
        const { cause, fix } = readProblemForm(view);
        const outcome = await resolveKnownProblem(deps, { agentId: body.user.id, problemId, cause, fix });
        if (outcome.already) await tell('Someone already resolved this problem; its updates are on the cards.');
        else await ack();
      },
      tell,
    );
  };
}
