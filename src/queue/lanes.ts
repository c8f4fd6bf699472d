/**
 * The outbox runs its work in lanes, each with slots of its own, so work that waits on a slow outside
 * service never holds up the rest. The model lane takes the jobs that call the model and the call-quality
 * source (a draft can wait up to DRAFT_TIMEOUT); the default lane takes everything else: intake,
 * receipts, cards, replies, reactions, escalation pings and reports. Each job says where it runs, and
 * whether someone waits for it, in its contract (src/queue/jobs.ts).
 */
export type Lane = 'default' | 'model';

export const LANES: readonly Lane[] = ['default', 'model'];

/**
 * Where a job stands in its lane's queue, due jobs of a higher tier first:
 * - 'answer': posts what a person is waiting to read (the customer's receipt, an approved reply, the
 *   closing message, an escalation ping). First: each one ends someone's wait, and it is quick.
 * - 'intake': takes in what a person said and queues the answers. Next: under a burst, the receipts of
 *   messages already taken in go out before more messages are taken in.
 * - 'background': cards, reactions, incident checks, drafts, reports (the triage card is held to Slack's
 *   one post per second per channel anyway).
 */
export type JobPriority = 'answer' | 'intake' | 'background';

/** A priority as stored in outbox.rank: its lane's claim takes the lowest first. */
export const RANK: Readonly<Record<JobPriority, number>> = { answer: 0, intake: 1, background: 2 };

/** Whether a person waits for this job (an answer or its intake): while one runs, drafts start nothing new. */
export function someoneWaitsFor(job: { rank: number }): boolean {
  return job.rank < RANK.background;
}
