import type { Config } from '../config.js';
import type { Log } from '../logger.js';
import type { Metrics } from '../metrics.js';
import type { BreakerOptions } from './model-breaker.js';
import { StructuredModelClient } from './model-client.js';
import { ResponseFormatMemory } from './model-format.js';
import { ModelHealth } from './model-health.js';
import { endpointFromConfig, probeModel } from './model-probe.js';

export interface ModelSetup {
  client: StructuredModelClient;
  health: ModelHealth;
}

/** The configured model endpoint: one client for drafts, its health (probe and circuit breaker). */
export function setUpModel(
  config: Config,
  deps: { log: Log; now: () => Date; metrics?: Metrics },
  breaker?: BreakerOptions,
): ModelSetup | undefined {
  const endpoint = endpointFromConfig(config);
  if (!endpoint) return undefined;
  const log = deps.log.child({ component: 'model' });
  // The probe and the drafts share what they learn about the endpoint's response format.
  const memory = new ResponseFormatMemory(log);
  const client = new StructuredModelClient(endpoint, memory, log);
  const health = new ModelHealth(() => probeModel(endpoint, { log, memory }), { ...deps, log }, breaker);
  return { client, health };
}
