import type { ServiceDeps } from '../../services/deps.js';
import { approveAllUpdates } from '../../services/known-problems.js';
import { untrustedMrkdwn } from '../../slack/untrusted-text.js';
import { cardAction } from './card-action.js';
import { parseProblemValue, requireProblem } from './problem-value.js';

/** "Approve all" (after Slack's confirm dialog): every waiting update is sent once; a second click sends none. */
export function approveProblemUpdatesAction(deps: ServiceDeps) {
  return cardAction(deps, 'approve_problem_updates', async (click) => {
    const value = parseProblemValue(click.raw);
    const problemId = requireProblem(value);
    const { problem, approved } = await approveAllUpdates(deps, {
      agentId: click.userId,
      problemId,
      ticketId: value.t,
      on: click.on,
    });
    // Sent as mrkdwn: the title may hold a customer's words (an incident's region).
    const title = untrustedMrkdwn(problem.title, 80);
    if (approved.length === 0) return `No update about “${title}” was waiting; nothing more was sent.`;
    const updates = `${approved.length} update${approved.length === 1 ? '' : 's'}`;
    return `Approved ${updates} about “${title}”; each customer gets theirs once.`;
  });
}
