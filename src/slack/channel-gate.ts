/**
 * Slack allows about one message per second per channel, with bursts. Posts go straight out until
 * Slack answers 429 for a channel; from then on, for a while, posts to that channel take turns: each
 * job gets its own slot, one spacing apart, so a burst of cards for the triage channel queues in
 * order instead of every job asking Slack each second and being refused again.
 */
export class ChannelGate {
  private readonly nextFree = new Map<string, number>();
  private readonly lastSent = new Map<string, number>();
  private readonly reserved = new Map<number, number>();
  private readonly hotUntil = new Map<string, number>();

  /** A little over a second between posts while rate-limited; turn-taking lasts `hotMs` after a 429. */
  constructor(
    private readonly spacingMs = 1100,
    private readonly hotMs = 30_000,
  ) {}

  /** Milliseconds this job must wait before posting to the channel; 0 means post now. */
  acquire(channel: string, jobId: number, now = Date.now()): number {
    if ((this.hotUntil.get(channel) ?? 0) <= now && !this.reserved.has(jobId)) {
      this.hotUntil.delete(channel);
      this.lastSent.set(channel, now);
      return 0;
    }
    const earliest = (this.lastSent.get(channel) ?? -Infinity) + this.spacingMs;
    const mine = this.reserved.get(jobId);
    if (mine !== undefined) {
      const at = Math.max(mine, earliest);
      if (at > now) return at - now;
      this.reserved.delete(jobId);
      this.lastSent.set(channel, now);
      return 0;
    }
    const slot = Math.max(now, this.nextFree.get(channel) ?? 0, earliest);
    this.nextFree.set(channel, slot + this.spacingMs);
    if (slot <= now) {
      this.lastSent.set(channel, now);
      return 0;
    }
    this.reserved.set(jobId, slot);
    return slot - now;
  }

  /** Slack said 429: nothing more goes to this channel until Retry-After has passed. */
  penalize(channel: string, retryAfterMs: number, now = Date.now()): void {
    this.hotUntil.set(channel, now + retryAfterMs + this.hotMs);
    this.nextFree.set(channel, Math.max(this.nextFree.get(channel) ?? 0, now + retryAfterMs));
    this.lastSent.set(channel, now + retryAfterMs - this.spacingMs);
  }
}

/** Thrown instead of calling Slack while a channel's turn has not come; the outbox waits that long. */
export class ChannelRateLimited extends Error {
  constructor(
    readonly channel: string,
    readonly retryAfterMs: number,
  ) {
    super(`posting to ${channel} waits ${retryAfterMs} ms for its turn`);
  }
}
