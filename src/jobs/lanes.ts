import type { KindFilter } from '../db/queries/outbox.js';
import { intakeDeletionJob, intakeEditJob, intakeMessageJob } from './intake.js';
import { makeDraftJob } from './make-draft.js';
import { notifyEscalationJob } from './notify-escalation.js';
import { openFromReactionJob } from './open-from-reaction.js';
import { postClosingJob } from './post-closing.js';
import { postReceiptJob } from './post-receipt.js';
import { sendReplyJob } from './send-reply.js';

/**
 * The outbox runs its work in lanes, each with slots of its own, so work that waits on a slow outside
 * service never holds up the rest. The model lane takes the jobs that call the model and the call-quality
 * source (a draft can wait up to DRAFT_TIMEOUT); the default lane takes everything else: intake,
 * receipts, cards, replies, reactions, escalation pings and reports.
 */
export type Lane = 'default' | 'model';

export const LANES: readonly Lane[] = ['default', 'model'];

const MODEL_LANE_KINDS: readonly string[] = [makeDraftJob.name];

export function laneOf(kind: string): Lane {
  return MODEL_LANE_KINDS.includes(kind) ? 'model' : 'default';
}

/**
 * What someone is waiting for goes first within its lane: the customer's receipt, a reply an agent
 * approved, the closing message, an escalation ping, and the intake each of them starts from. Cards,
 * reactions and incident checks follow; the triage card is held to Slack's one post per second per
 * channel anyway.
 */
const FIRST_IN_LANE: readonly string[] = [
  intakeMessageJob.name,
  intakeEditJob.name,
  intakeDeletionJob.name,
  openFromReactionJob.name,
  postReceiptJob.name,
  sendReplyJob.name,
  postClosingJob.name,
  notifyEscalationJob.name,
];

/** How a lane claims: which job kinds it takes (the default lane: all but the others), and which first. */
export function laneClaim(lane: Lane): { kinds: KindFilter; first: readonly string[] } {
  return lane === 'model'
    ? { kinds: { only: MODEL_LANE_KINDS }, first: [] }
    : { kinds: { except: MODEL_LANE_KINDS }, first: FIRST_IN_LANE };
}
