import type { Log } from '../logger.js';
import type { Metrics } from '../metrics.js';
import { type BreakerOptions, CircuitBreaker, DEFAULT_BREAKER } from './model-breaker.js';
import type { ModelCallError } from './model-client.js';
import type { ResponseFormat } from './model-format.js';
import type { ProbeResult } from './model-probe.js';

export type ModelState = 'ok' | 'degraded' | 'off';

export interface ModelStatus {
  state: ModelState;
  reason?: string;
  format?: ResponseFormat;
}

/** "2026-05-04 09:30 UTC": when the model stopped answering, for the card and /healthz. */
export function formatSince(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** `model: ok | degraded (reason) | off` for /healthz. */
export function describeStatus(status: ModelStatus): string {
  return status.state === 'degraded' ? `degraded (${status.reason})` : status.state;
}

/**
 * What the app knows about its model endpoint: the probe at start and after an outage, every real
 * call's outcome, and the circuit breaker that keeps drafts from waiting on an endpoint that is down.
 */
export class ModelHealth {
  private readonly breaker: CircuitBreaker;
  private last: { ok: boolean; reason?: string; at: Date } | undefined;
  private format: ResponseFormat | undefined;
  private probing: Promise<ProbeResult> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private firstCheck: Promise<ProbeResult> | undefined;

  constructor(
    private readonly probe: () => Promise<ProbeResult>,
    private readonly deps: { log: Log; now: () => Date; metrics?: Metrics },
    private readonly options: BreakerOptions = DEFAULT_BREAKER,
  ) {
    this.breaker = new CircuitBreaker(options);
  }

  status(now: Date = this.deps.now()): ModelStatus {
    const outage = this.breaker.outage(now);
    if (outage)
      return { state: 'degraded', reason: `unavailable since ${formatSince(outage.since)}: ${outage.reason}` };
    if (!this.last) return { state: 'degraded', reason: 'not checked yet' };
    if (!this.last.ok) return { state: 'degraded', reason: this.last.reason };
    return { state: 'ok', format: this.format };
  }

  /** Runs the probe (one at a time) and records what it found. */
  check(): Promise<ProbeResult> {
    this.probing ??= this.probe()
      .then((result) => {
        this.recordProbe(result);
        return result;
      })
      .finally(() => {
        this.probing = undefined;
      });
    return this.probing;
  }

  /**
   * Whether a draft may call the model now. While the circuit is open the answer is no, with the reason
   * for the card; when it is half-open the first caller runs the probe and the others wait for none.
   */
  async admit(): Promise<{ allowed: true } | { allowed: false; reason: string }> {
    const now = this.deps.now();
    const permission = this.breaker.acquire(now);
    if (permission === 'call') return { allowed: true };
    if (permission === 'trial') {
      const result = await this.check();
      if (result.ok) return { allowed: true };
    }
    const outage = this.breaker.outage(this.deps.now());
    const reason = outage
      ? `model unavailable since ${formatSince(outage.since)} (${outage.reason})`
      : 'model unavailable';
    return { allowed: false, reason };
  }

  succeeded(format?: ResponseFormat): void {
    if (format) this.format = format;
    this.breaker.succeeded();
    this.last = { ok: true, at: this.deps.now() };
  }

  /** A failed call: only failures of the endpoint count (a bad answer to one ticket says nothing about it). */
  failed(error: ModelCallError): void {
    if (!error.endpointDown) return;
    this.recordFailure(error.message);
  }

  /** The check made at start, once start() has run. */
  ready(): Promise<ProbeResult> | undefined {
    return this.firstCheck;
  }

  /** Probes at start, then whenever the circuit is half-open or the last check failed a while ago. */
  start(): void {
    this.firstCheck = this.check();
    const every = Math.min(this.options.openForMs, 30_000);
    this.timer = setInterval(() => this.tick(), every);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  tick(now: Date = this.deps.now()): void {
    const stale = this.last && !this.last.ok && now.getTime() - this.last.at.getTime() >= this.options.openForMs;
    if (this.breaker.state(now) === 'half_open' || (this.breaker.state(now) === 'closed' && stale)) {
      if (this.breaker.acquire(now) === 'blocked') return;
      void this.check();
    }
  }

  /** Gauges for /metrics. */
  gauges(now: Date = this.deps.now()) {
    const status = this.status(now);
    return [
      {
        name: 'complaint_desk_model_up',
        help: 'Whether the model endpoint answered its last check or call (1) or not (0).',
        samples: [{ value: status.state === 'ok' ? 1 : 0 }],
      },
      {
        name: 'complaint_desk_model_circuit_open',
        help: 'Whether drafts skip the model because it kept failing (1) or not (0).',
        samples: [{ value: this.breaker.state(now) === 'closed' ? 0 : 1 }],
      },
    ];
  }

  private recordProbe(result: ProbeResult): void {
    this.deps.metrics?.modelProbes.inc({ outcome: result.outcome });
    if (result.ok) {
      const recovered = this.last && !this.last.ok;
      this.succeeded(result.format);
      this.deps.log.info(recovered ? 'model endpoint works again' : 'model endpoint checked', {
        endpoint: result.endpoint,
        response_format: result.format,
        ms: result.ms,
      });
      return;
    }
    this.deps.log.warn('model endpoint check failed; drafts use the built-in drafter while it fails', {
      endpoint: result.endpoint,
      outcome: result.outcome,
      reason: result.reason,
      ms: result.ms,
    });
    this.recordFailure(result.reason ?? 'the check failed');
  }

  private recordFailure(reason: string): void {
    const now = this.deps.now();
    this.last = { ok: false, reason, at: now };
    if (this.breaker.failed(now, reason)) {
      this.deps.metrics?.modelCircuitOpened.inc();
      this.deps.log.warn('model circuit open: drafting with the built-in drafter for a while', {
        reason,
        retry_at: this.breaker.outage(now)?.retryAt.toISOString(),
      });
    }
  }
}
