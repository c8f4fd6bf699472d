/**
 * Slack allows about one message per second per channel, with bursts. Posts go straight out until
 * Slack answers 429 for a channel; from then on, for a while, posts to that channel take turns: each
 * job gets its own slot, one spacing apart, so a burst of cards for the triage channel queues in
 * order instead of every job asking Slack each second and being refused again.
 *
 * A post that must not wait behind the queue (the incident card: agents must see an outage first) asks with
 * `ahead`: it takes the next moment the channel allows, before every turn already given out; those turns move
 * back by one spacing. Only posts count: chat.update is rated by its own tier, not this per-channel limit.
 */
export class ChannelGate {
  private readonly nextFree = new Map<string, number>();
  private readonly lastSent = new Map<string, number>();
  private readonly reserved = new Map<number, number>();
  private readonly hotUntil = new Map<string, number>();
  /** Posts that go ahead of the queue and have not gone yet: job → channel. */
  private readonly aheadOf = new Map<number, string>();

  /** A little over a second between posts while rate-limited; turn-taking lasts `hotMs` after a 429. */
  constructor(
    private readonly spacingMs = 1100,
    private readonly hotMs = 30_000,
  ) {}

  /** Milliseconds this job must wait before posting to the channel; 0 means post now. */
  acquire(channel: string, jobId: number, now = Date.now(), ahead = false): number {
    if ((this.hotUntil.get(channel) ?? 0) <= now && !this.reserved.has(jobId)) {
      this.hotUntil.delete(channel);
      this.lastSent.set(channel, now);
      this.aheadOf.delete(jobId);
      return 0;
    }
    const earliest = (this.lastSent.get(channel) ?? -Infinity) + this.spacingMs;
    const mine = this.reserved.get(jobId);
    if (mine !== undefined) {
      const at = Math.max(mine, earliest);
      if (at > now) return at - now;
      // A turn given out before a post that goes ahead came: that post takes it, this one the next.
      if (!this.aheadOf.has(jobId) && this.someoneAhead(channel)) return this.spacingMs;
      this.reserved.delete(jobId);
      this.aheadOf.delete(jobId);
      this.lastSent.set(channel, now);
      return 0;
    }
    if (ahead) {
      const slot = Math.max(now, earliest);
      this.nextFree.set(channel, Math.max(this.nextFree.get(channel) ?? 0, slot) + this.spacingMs);
      if (slot <= now) {
        this.lastSent.set(channel, now);
        return 0;
      }
      this.reserved.set(jobId, slot);
      this.aheadOf.set(jobId, channel);
      return slot - now;
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

  /**
   * Milliseconds until the turn this job was given comes; 0 when it has none or it has come. Changes nothing: a
   * post that is expensive to prepare asks first, so waiting for its turn costs no work.
   */
  turnIn(channel: string, jobId: number, now = Date.now()): number {
    const mine = this.reserved.get(jobId);
    if (mine === undefined) return 0;
    const earliest = (this.lastSent.get(channel) ?? -Infinity) + this.spacingMs;
    return Math.max(0, Math.max(mine, earliest) - now);
  }

  private someoneAhead(channel: string): boolean {
    for (const c of this.aheadOf.values()) if (c === channel) return true;
    return false;
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
