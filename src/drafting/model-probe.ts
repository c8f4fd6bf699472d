import { z } from 'zod';
import type { Config } from '../config.js';
import { LANGUAGES } from '../domain/taxonomy.js';
import { createLog, type Log } from '../logger.js';
import { type ModelEndpoint, ModelCallError, type ModelFailureKind, StructuredModelClient } from './model-client.js';
import { type ResponseFormat, ResponseFormatMemory } from './model-format.js';
import { limitsInWords, strictJsonSchema } from './model-schema.js';

/** A small answer with the same kinds of fields a draft has: an enum, a nullable string, an array. */
const probeAnswer = z.object({
  status: z.enum(['ok']),
  language: z.enum(LANGUAGES).nullable(),
  notes: z.array(z.string()).max(1),
});

const PROBE_SYSTEM =
  'You answer a connectivity check for a customer-support tool. Reply with status "ok", language null and an ' +
  'empty notes list.';

export type ProbeOutcome = ModelFailureKind | 'schema' | 'ok';

export interface ProbeResult {
  ok: boolean;
  outcome: ProbeOutcome;
  /** Plain words for the log, /healthz and the doctor. */
  reason?: string;
  format?: ResponseFormat;
  ms: number;
  endpoint: string;
}

/** The model endpoint a configuration drafts with, or undefined when no model is configured. */
export function endpointFromConfig(config: Config): ModelEndpoint | undefined {
  if (!config.openai) return undefined;
  return { ...config.openai, timeoutMs: config.draftTimeoutMs };
}

/**
 * One small structured request that shows whether the endpoint drafts: the key is accepted, the model
 * exists, a response format is taken (with `auto`, the one learnt here is remembered for the drafts)
 * and the answer is JSON of the asked shape. Never throws; `npm run doctor` and the app's start use it.
 */
export async function probeModel(
  endpoint: ModelEndpoint,
  options: { log?: Log; memory?: ResponseFormatMemory } = {},
): Promise<ProbeResult> {
  const log = options.log ?? createLog('error');
  const client = new StructuredModelClient(endpoint, options.memory ?? new ResponseFormatMemory(log), log, {
    maxRetries: 0,
  });
  const started = performance.now();
  const done = (result: Omit<ProbeResult, 'ms' | 'endpoint'>): ProbeResult => ({
    ...result,
    ms: Math.round(performance.now() - started),
    endpoint: client.key,
  });
  try {
    const answer = await client.request({
      name: 'connectivity_check',
      schema: strictJsonSchema(probeAnswer),
      limits: limitsInWords(probeAnswer),
      system: PROBE_SYSTEM,
      user: 'Check.',
      temperature: 0,
    });
    const parsed = probeAnswer.safeParse(answer.value);
    if (!parsed.success)
      return done({
        ok: false,
        outcome: 'schema',
        reason:
          `the model's answer to the check did not match the schema ` +
          `(${parsed.error.issues[0]?.path.join('.') || 'root'})`,
        format: answer.format,
      });
    return done({ ok: true, outcome: 'ok', format: answer.format });
  } catch (error) {
    const failure =
      error instanceof ModelCallError ? error : new ModelCallError('http', 'the check of the model endpoint failed');
    return done({ ok: false, outcome: failure.kind, reason: failure.message });
  }
}
