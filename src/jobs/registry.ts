import type { JobHandler } from './context.js';
import type { Job } from './define.js';
import { exportCsvJob } from './export-csv.js';
import { intakeDeletionJob, intakeEditJob, intakeMessageJob } from './intake.js';
import { makeDraftJob } from './make-draft.js';
import { notifyChurnJob } from './notify-churn.js';
import { notifyEscalationJob } from './notify-escalation.js';
import { openFromReactionJob } from './open-from-reaction.js';
import { postClosingJob } from './post-closing.js';
import { checkIncidentJob, postIncidentJob } from './post-incident.js';
import { postReceiptJob } from './post-receipt.js';
import { postReportJob, uploadChartJob } from './post-report.js';
import { sendReplyJob } from './send-reply.js';
import { setStatusReactionJob } from './status-reaction.js';
import { syncCardJob } from './sync-card.js';

/** Every kind of background work the app does. A job missing here is buried by the worker as unknown. */
export const JOBS: ReadonlyArray<Job<never, never>> = [
  intakeMessageJob,
  intakeEditJob,
  intakeDeletionJob,
  postReceiptJob,
  checkIncidentJob,
  syncCardJob,
  makeDraftJob,
  setStatusReactionJob,
  sendReplyJob,
  openFromReactionJob,
  notifyEscalationJob,
  notifyChurnJob,
  postClosingJob,
  postIncidentJob,
  postReportJob,
  uploadChartJob,
  exportCsvJob,
];

/** The worker's table from stored kind to handler; two jobs under one name would be a bug, caught here. */
export function handlersOf(
  jobs: ReadonlyArray<Pick<Job<never, never>, 'name' | 'handle'>>,
): Record<string, JobHandler> {
  const handlers: Record<string, JobHandler> = {};
  for (const job of jobs) {
    if (handlers[job.name]) throw new Error(`two jobs are named ${job.name}`);
    handlers[job.name] = job.handle;
  }
  return handlers;
}

export const JOB_HANDLERS = handlersOf(JOBS);
