import { JOB } from '../services/jobs.js';
import { intakeDeletion, intakeEdit, intakeMessage } from './intake.js';
import type { JobHandler } from './context.js';
import { makeDraftJob } from './make-draft.js';
import { notifyEscalation } from './notify-escalation.js';
import { openFromReaction } from './open-from-reaction.js';
import { postClosing } from './post-closing.js';
import { checkIncident, postIncident } from './post-incident.js';
import { postReceipt } from './post-receipt.js';
import { postReport, uploadChart } from './post-report.js';
import { sendReply } from './send-reply.js';
import { setStatusReaction } from './status-reaction.js';
import { syncCard } from './sync-card.js';

export const JOB_HANDLERS: Record<string, JobHandler> = {
  [JOB.intakeMessage]: intakeMessage,
  [JOB.intakeEdit]: intakeEdit,
  [JOB.intakeDeletion]: intakeDeletion,
  [JOB.postReceipt]: postReceipt,
  [JOB.syncCard]: syncCard,
  [JOB.makeDraft]: makeDraftJob,
  [JOB.sendReply]: sendReply,
  [JOB.openFromReaction]: openFromReaction,
  [JOB.notifyEscalation]: notifyEscalation,
  [JOB.postClosing]: postClosing,
  [JOB.setStatusReaction]: setStatusReaction,
  [JOB.postReport]: postReport,
  [JOB.uploadChart]: uploadChart,
  [JOB.postIncident]: postIncident,
  [JOB.checkIncident]: checkIncident,
};
