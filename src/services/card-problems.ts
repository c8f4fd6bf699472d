import type { Executor } from '../db/client.js';
import {
  casesOfProblems,
  countPendingUpdates,
  countTicketsOfProblem,
  findKnownProblem,
  openKnownProblems,
} from '../db/queries/known-problems.js';
import type { Message, Ticket } from '../db/schema/index.js';
import { MATCH_TEXT_MAX_CHARS, suggestProblems, type ProblemProfile } from '../domain/known-problems.js';
import { PROBLEM_CARD_LIMITS, type CardProblems } from '../views/card-known-problem.js';

/** The newest open problems a new complaint is compared with; a desk rarely has more open at once. */
const OPEN_PROBLEMS_COMPARED = 200;
/** A problem's newest linked tickets stand for it when a new complaint is compared with it. */
const CASES_PER_PROBLEM = 20;

/** The customer's words as matching reads them: the start of each message, up to the limit in all. */
function customerText(conversation: Message[]): string {
  let text = '';
  for (const m of conversation) {
    if (m.role !== 'customer' || m.deletedAt) continue;
    text += `${m.text.slice(0, MATCH_TEXT_MAX_CHARS - text.length)}\n`;
    if (text.length >= MATCH_TEXT_MAX_CHARS) break;
  }
  return text;
}

/** What the card's known-problem section needs: the linked problem, or the open ones and which this one matches. */
export async function loadCardProblems(db: Executor, ticket: Ticket, conversation: Message[]): Promise<CardProblems> {
  const problem = ticket.knownProblemId ? await findKnownProblem(db, { problemId: ticket.knownProblemId }) : undefined;
  if (problem) {
    const [counts, pendingUpdates] = await Promise.all([
      countTicketsOfProblem(db, { problemId: problem.id }),
      countPendingUpdates(db, { problemId: problem.id }),
    ]);
    return { linked: { problem, tickets: counts.linked, pendingUpdates }, suggested: [] };
  }
  if (ticket.status === 'resolved') return { suggested: [] };
  const open = await openKnownProblems(db, { limit: OPEN_PROBLEMS_COMPARED });
  if (open.length === 0) return { suggested: [] };
  const cases = await casesOfProblems(db, { problemIds: open.map((p) => p.id), perProblem: CASES_PER_PROBLEM });
  const profiles: ProblemProfile[] = open.map((p) => ({
    id: p.id,
    title: p.title,
    cases: cases.filter((c) => c.problemId === p.id),
  }));
  const complaint = { category: ticket.category, facts: ticket.facts, text: customerText(conversation) };
  const byId = new Map(open.map((p) => [p.id, p]));
  const suggested = suggestProblems(complaint, profiles, PROBLEM_CARD_LIMITS.suggestions).map((s) => ({
    problem: byId.get(s.problemId)!,
    reasons: s.reasons,
  }));
  return { suggested };
}
