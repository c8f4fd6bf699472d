import { pruneDoneJobs } from '../db/queries/outbox.js';
import { pruneEvents } from '../db/queries/slack-events.js';
import type { ServiceDeps } from './deps.js';

const DAY = 86_400_000;
/** Slack stops redelivering an event within hours; a day of ids is plenty. */
const EVENT_IDS_KEPT_MS = DAY;
/**
 * Finished jobs are kept a week for inspection. Their once-keys only guard work that can be asked for
 * again soon after (a redelivered message, a double click), never a week later.
 */
const DONE_JOBS_KEPT_MS = 7 * DAY;

/** Keeps the tables that grow with traffic small; cheap enough to run every few minutes. */
export async function pruneOldRows(deps: Pick<ServiceDeps, 'db'>, now: Date): Promise<number> {
  await pruneEvents(deps.db, { olderThan: new Date(now.getTime() - EVENT_IDS_KEPT_MS) });
  return pruneDoneJobs(deps.db, { before: new Date(now.getTime() - DONE_JOBS_KEPT_MS), limit: 5000 });
}
