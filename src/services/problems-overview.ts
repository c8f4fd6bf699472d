import {
  countOpenProblems,
  countsOfProblems,
  openKnownProblems,
  problemsWithPendingUpdates,
} from '../db/queries/known-problems.js';
import { PROBLEMS_LIST_LIMITS, type ProblemsOverview } from '../views/problems-list.js';
import { requireAgent } from './authorisation.js';
import type { ServiceDeps } from './deps.js';

/** What `/complaints problems` lists: the newest open problems and the resolved ones with updates waiting. */
export async function problemsOverview(deps: ServiceDeps, params: { agentId: string }): Promise<ProblemsOverview> {
  await requireAgent(deps, params.agentId, 'list known problems');
  const [open, waiting, openTotal] = await Promise.all([
    openKnownProblems(deps.db, { limit: PROBLEMS_LIST_LIMITS.open }),
    problemsWithPendingUpdates(deps.db, { limit: PROBLEMS_LIST_LIMITS.waiting }),
    countOpenProblems(deps.db),
  ]);
  const counts = await countsOfProblems(deps.db, { problemIds: [...open, ...waiting].map((p) => p.id) });
  const of = (id: number) => counts.get(id) ?? { linked: 0, open: 0, pending: 0 };
  return {
    open: open.map((problem) => ({ problem, linked: of(problem.id).linked, openTickets: of(problem.id).open })),
    waiting: waiting.map((problem) => ({ problem, pending: of(problem.id).pending })).filter((w) => w.pending > 0),
    openTotal,
  };
}
