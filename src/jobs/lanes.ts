import type { JobPlacement } from '../db/queries/outbox.js';
import { RANK } from './define.js';
import { JOBS } from './registry.js';

/**
 * The outbox runs its work in lanes, each with slots of its own, so work that waits on a slow outside
 * service never holds up the rest. The model lane takes the jobs that call the model and the call-quality
 * source (a draft can wait up to DRAFT_TIMEOUT); the default lane takes everything else: intake,
 * receipts, cards, replies, reactions, escalation pings and reports. Each job says where it runs, and
 * whether someone waits for it, where it is defined (`lane` and `priority` in defineJob).
 */
export type Lane = 'default' | 'model';

export const LANES: readonly Lane[] = ['default', 'model'];

/**
 * Each kind's lane and rank as its definition says now. Jobs are stored with theirs when queued, and
 * each lane claims what someone waits for first (see JobPriority): the customer's receipt, an approved
 * reply, the closing message and escalation pings, then the intake they start from, then cards,
 * reactions and incident checks (the triage card is held to Slack's one post per second per channel
 * anyway).
 */
export const JOB_PLACEMENTS: readonly JobPlacement[] = JOBS.map((job) => ({
  kind: job.name,
  lane: job.lane,
  rank: RANK[job.priority],
}));

/** Where a kind of job runs; a kind no definition names gets the outbox columns' defaults. */
export function placementOf(kind: string): JobPlacement {
  return JOB_PLACEMENTS.find((p) => p.kind === kind) ?? { kind, lane: 'default', rank: RANK.background };
}
