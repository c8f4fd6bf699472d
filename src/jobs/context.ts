import type { OutboxRow } from '../db/schema/index.js';
import type { QueryWriter } from '../drafting/ask-model.js';
import type { Drafter } from '../drafting/drafter.js';
import type { ModelClassifier } from '../drafting/model-classify.js';
import type { Translator } from '../drafting/translate.js';
import type { WorkerDeps } from '../services/deps.js';
import type { QualitySource } from '../services/quality.js';
import type { Metrics } from '../metrics.js';
import type { ChannelGate } from '../slack/channel-gate.js';
import type { Workspace } from '../services/workspace.js';

export interface JobDeps extends WorkerDeps {
  drafter: Drafter;
  /** Translation between the customer's language and the agents'; none without a model. */
  translator?: Translator;
  /** The model's classification beside the rules'; none without a model. */
  classifier?: ModelClassifier;
  quality?: QualitySource;
  metrics?: Metrics;
  gate?: ChannelGate;
  workspace: Workspace;
  /** Writes the typed query of a question with the model, when one is configured. */
  askWriter?: QueryWriter;
}

/**
 * What a handler may return: stored with the finished job, for whoever reads the outbox later. `followedBy` names,
 * by once-key, jobs it queued that a person is waiting for: the worker runs them at once in the same slot, before
 * recording this one, instead of leaving them to wait for a free slot behind the rest of a burst.
 */
export type JobResult = (Record<string, unknown> & { followedBy?: readonly string[] }) | undefined;

/**
 * Runs one job from its parsed payload: reads what it needs through a service, does the slow part (Slack,
 * the model) and records the outcome through the service; throws to be retried.
 */
export type Handler<P> = (payload: P, job: OutboxRow, deps: JobDeps) => Promise<JobResult | void>;

/**
 * How the worker runs a stored job: it does the work and may return a result to store; it throws to be
 * retried. src/jobs/registry.ts makes one per job name: the payload parsed by its contract, then its handler.
 */
export type JobHandler = (job: OutboxRow, deps: JobDeps) => Promise<JobResult | void>;

/** What postOnce needs to know about the job posting, so a retry finds an earlier attempt instead of posting twice. */
export function postOptions(job: OutboxRow, deps?: Pick<JobDeps, 'gate'>) {
  return {
    jobId: job.id,
    uncertain: job.uncertain,
    notBefore: Math.floor(job.createdAt.getTime() / 1000) - 5,
    gate: deps?.gate,
  };
}
