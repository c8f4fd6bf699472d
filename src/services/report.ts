import {
  draftOutcomes,
  escalationCounts,
  factsOfPeriod,
  knownProblemsForReport,
  ticketsForReport,
} from '../db/queries/report.js';
import type { Executor } from '../db/client.js';
import { computeReport, type Report } from '../domain/report.js';

const DAY = 86_400_000;

export async function buildReport(
  db: Executor,
  params: { days: number; until: Date; timeZone: string; now: Date },
): Promise<Report> {
  const since = new Date(params.until.getTime() - params.days * DAY);
  // The period just before, as long as this one: what "rose" compares with.
  const before = new Date(since.getTime() - params.days * DAY);
  const [tickets, escalations, previous, drafts, knownProblems] = await Promise.all([
    ticketsForReport(db, { since, until: params.until, now: params.now }),
    escalationCounts(db, { since, until: params.until }),
    factsOfPeriod(db, { since: before, until: since }),
    draftOutcomes(db, { since, until: params.until }),
    knownProblemsForReport(db, { since, until: params.until }),
  ]);
  return computeReport({
    since,
    until: params.until,
    timeZone: params.timeZone,
    tickets,
    escalations,
    previous,
    drafts,
    knownProblems,
  });
}
