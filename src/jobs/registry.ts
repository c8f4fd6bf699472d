import { JOBS, type JobName, type PayloadOf } from '../queue/jobs.js';
import type { Handler, JobHandler } from './context.js';
import { exportCsv } from './export-csv.js';
import { takeInDeletion, takeInEdit, takeInMessage } from './intake.js';
import { makeDraftForTicket } from './make-draft.js';
import { notifyChurn } from './notify-churn.js';
import { notifyEscalation } from './notify-escalation.js';
import { openFromReaction } from './open-from-reaction.js';
import { postAnswer } from './post-answer.js';
import { postClosing } from './post-closing.js';
import { pageIncident } from './page-incident.js';
import { checkIncident, postIncident } from './post-incident.js';
import { postReceipt } from './post-receipt.js';
import { postReport, uploadChart } from './post-report.js';
import { sendReply } from './send-reply.js';
import { translateReply } from './translate-reply.js';
import { setStatusReaction } from './status-reaction.js';
import { syncCard } from './sync-card.js';

/**
 * What runs each kind of job, by the name its contract (src/queue/jobs.ts) stores in outbox.kind. A contract
 * with no handler here, or a handler for no contract, does not compile.
 */
export const HANDLERS = {
  'intake.message': takeInMessage,
  'intake.edit': takeInEdit,
  'intake.delete': takeInDeletion,
  'receipt.post': postReceipt,
  'incident.check': checkIncident,
  'card.sync': syncCard,
  'draft.make': makeDraftForTicket,
  'reaction.status': setStatusReaction,
  'reply.send': sendReply,
  'reply.translate': translateReply,
  'ticket.open_from_reaction': openFromReaction,
  'escalation.notify': notifyEscalation,
  'churn.notify': notifyChurn,
  'closing.post': postClosing,
  'incident.post': postIncident,
  'incident.page': pageIncident,
  'report.post': postReport,
  'report.chart': uploadChart,
  'report.export': exportCsv,
  'ask.answer': postAnswer,
} satisfies { [N in JobName]: Handler<PayloadOf<N>> };

/** The stored payload parsed by the kind's contract, then its handler: a payload that cannot parse is never run. */
function runnerOf<N extends JobName>(name: N): JobHandler {
  const contract = JOBS[name];
  const handler = HANDLERS[name] as Handler<PayloadOf<N>>;
  return async (job, deps) => handler(contract.parse(job.payload) as PayloadOf<N>, job, deps);
}

/** The worker's table from stored kind to what runs it. */
export const JOB_HANDLERS: Readonly<Record<string, JobHandler>> = Object.fromEntries(
  (Object.keys(JOBS) as JobName[]).map((name) => [name, runnerOf(name)]),
);

/** Runs one stored job as the worker would: by its kind, the payload parsed first. */
export async function runJob(...[job, deps]: Parameters<JobHandler>): ReturnType<JobHandler> {
  const run = JOB_HANDLERS[job.kind];
  if (!run) throw new Error(`no handler for ${job.kind}`);
  return run(job, deps);
}
