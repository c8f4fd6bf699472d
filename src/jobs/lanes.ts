import type { KindFilter } from '../db/queries/outbox.js';
import { JOB } from '../services/jobs.js';

/**
 * The outbox runs its work in lanes, each with slots of its own, so work that waits on a slow outside
 * service never holds up the rest. The model lane takes the jobs that call the model and the call-quality
 * source (a draft can wait up to DRAFT_TIMEOUT); the default lane takes everything else: intake,
 * receipts, cards, replies, reactions, escalation pings and reports.
 */
export type Lane = 'default' | 'model';

export const LANES: readonly Lane[] = ['default', 'model'];

const MODEL_LANE_KINDS: readonly string[] = [JOB.makeDraft];

export function laneOf(kind: string): Lane {
  return MODEL_LANE_KINDS.includes(kind) ? 'model' : 'default';
}

/** Which job kinds a lane claims: the default lane is "all but the others", so a new kind runs somewhere. */
export function laneKinds(lane: Lane): KindFilter {
  return lane === 'model' ? { only: MODEL_LANE_KINDS } : { except: MODEL_LANE_KINDS };
}
