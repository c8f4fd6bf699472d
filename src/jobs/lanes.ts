import type { KindFilter } from '../db/queries/outbox.js';
import { JOBS } from './registry.js';

/**
 * The outbox runs its work in lanes, each with slots of its own, so work that waits on a slow outside
 * service never holds up the rest. The model lane takes the jobs that call the model and the call-quality
 * source (a draft can wait up to DRAFT_TIMEOUT); the default lane takes everything else: intake,
 * receipts, cards, replies, reactions, escalation pings and reports. Each job says where it runs, and
 * whether someone waits for it, where it is defined (`lane` and `someoneWaits` in defineJob).
 */
export type Lane = 'default' | 'model';

export const LANES: readonly Lane[] = ['default', 'model'];

const MODEL_LANE_KINDS: readonly string[] = JOBS.filter((job) => job.lane === 'model').map((job) => job.name);

export function laneOf(kind: string): Lane {
  return MODEL_LANE_KINDS.includes(kind) ? 'model' : 'default';
}

/**
 * What someone is waiting for goes first within its lane: the customer's receipt, a reply an agent
 * approved, the closing message, an escalation ping, and the intake each of them starts from. Cards,
 * reactions and incident checks follow; the triage card is held to Slack's one post per second per
 * channel anyway.
 */
const FIRST_IN_LANE: readonly string[] = JOBS.filter((job) => job.someoneWaits).map((job) => job.name);

/** How a lane claims: which job kinds it takes (the default lane: all but the others), and which first. */
export function laneClaim(lane: Lane): { kinds: KindFilter; first: readonly string[] } {
  return lane === 'model'
    ? { kinds: { only: MODEL_LANE_KINDS }, first: [] }
    : { kinds: { except: MODEL_LANE_KINDS }, first: FIRST_IN_LANE };
}
