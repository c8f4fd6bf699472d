export type BreakerState = 'closed' | 'open' | 'half_open';

export interface BreakerOptions {
  /** Endpoint failures in a row that open the circuit. */
  failureThreshold: number;
  /** How long the first opening lasts; each failed trial doubles it, up to maxOpenForMs. */
  openForMs: number;
  maxOpenForMs: number;
}

export const DEFAULT_BREAKER: BreakerOptions = { failureThreshold: 3, openForMs: 60_000, maxOpenForMs: 15 * 60_000 };

/** What a caller may do now: call the model, make the one trial call of a half-open circuit, or not call. */
export type Permission = 'call' | 'trial' | 'blocked';

/**
 * A circuit breaker in front of the model. Closed: calls go through. After `failureThreshold` endpoint
 * failures in a row it opens: no calls for a while (the built-in drafter answers). Then half-open: one
 * trial (the probe) decides whether it closes again or stays open for longer. Time is a parameter.
 */
export class CircuitBreaker {
  private failures = 0;
  private firstFailureAt: Date | undefined;
  private retryAt: Date | undefined;
  private openFor: number;
  private trialInFlight = false;
  private reason: string | undefined;

  constructor(private readonly options: BreakerOptions = DEFAULT_BREAKER) {
    this.openFor = options.openForMs;
  }

  state(now: Date): BreakerState {
    if (!this.retryAt) return 'closed';
    return now < this.retryAt ? 'open' : 'half_open';
  }

  acquire(now: Date): Permission {
    const state = this.state(now);
    if (state === 'closed') return 'call';
    if (state === 'open' || this.trialInFlight) return 'blocked';
    this.trialInFlight = true;
    return 'trial';
  }

  succeeded(): void {
    this.failures = 0;
    this.firstFailureAt = undefined;
    this.retryAt = undefined;
    this.openFor = this.options.openForMs;
    this.trialInFlight = false;
    this.reason = undefined;
  }

  /** Returns true when this failure opened (or re-opened) the circuit. */
  failed(now: Date, reason: string): boolean {
    this.failures += 1;
    this.firstFailureAt ??= now;
    this.reason = reason;
    if (this.trialInFlight) {
      this.trialInFlight = false;
      this.openFor = Math.min(this.openFor * 2, this.options.maxOpenForMs);
      this.retryAt = new Date(now.getTime() + this.openFor);
      return true;
    }
    if (this.retryAt || this.failures < this.options.failureThreshold) return false;
    this.retryAt = new Date(now.getTime() + this.openFor);
    return true;
  }

  /** A trial that ended without saying anything about the endpoint (e.g. the process is stopping). */
  released(): void {
    this.trialInFlight = false;
  }

  /** Since when the endpoint has been failing, and why (the last failure), while the circuit is not closed. */
  outage(now: Date): { since: Date; reason: string; retryAt: Date } | undefined {
    if (this.state(now) === 'closed' || !this.firstFailureAt || !this.retryAt) return undefined;
    return { since: this.firstFailureAt, reason: this.reason ?? 'unknown', retryAt: this.retryAt };
  }
}
