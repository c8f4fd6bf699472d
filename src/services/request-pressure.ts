/**
 * Whether Slack is waiting on us right now. Background work shares the event loop (and the database)
 * with request handling, so while requests keep arriving it steps aside: acknowledgements come first,
 * and the outbox, which holds everything durably, catches up once they stop.
 */
export class RequestPressure {
  private inFlight = 0;
  private lastActivity = Number.NEGATIVE_INFINITY;

  constructor(
    /** How long after the last request the app still counts as busy. */
    private readonly quietMs = 50,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  begin(): void {
    this.inFlight += 1;
    this.lastActivity = this.clock();
  }

  end(): void {
    this.inFlight -= 1;
    this.lastActivity = this.clock();
  }

  busy(): boolean {
    return this.inFlight > 0 || this.clock() - this.lastActivity < this.quietMs;
  }

  /** Resolves once no request is being handled, or after maxWaitMs at the latest. */
  async quiet(maxWaitMs: number): Promise<void> {
    const until = this.clock() + maxWaitMs;
    while (this.busy() && this.clock() < until)
      await new Promise((resolve) => setTimeout(resolve, Math.min(10, this.quietMs)));
  }
}
