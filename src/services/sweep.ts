import { findCustomerChannel } from '../db/queries/customer-channels.js';
import { claimDueClocks, findClock } from '../db/queries/sla-clocks.js';
import { recordActivity } from '../db/queries/ticket-activity.js';
import { findTicket } from '../db/queries/tickets.js';
import type { SlaClock, Ticket } from '../db/schema/index.js';
import { STAGE, nextStep } from '../domain/sla.js';
import { advanceClock, timesOf } from './clocks.js';
import type { ServiceDeps } from './deps.js';
import { notifyEscalationJob, syncCardJob } from '../queue/jobs.js';
import type { Metrics } from '../metrics.js';
import { policyFor } from './sla-policy.js';
import { digestDue, scheduleDigest } from './digest.js';
import { pruneOldRows } from './maintenance.js';

const STAGE_ACTION = { 1: 'escalation_warning', 2: 'escalation_engineer', 3: 'escalation_lead' } as const;

/**
 * One pass over the due clocks. Each clock is claimed with SKIP LOCKED and moved to its next stage in
 * the same transaction that enqueues the notification (keyed by clock and stage), so every step fires
 * exactly once however many instances sweep. Returns how many steps fired.
 */
export async function sweepOnce(
  deps: ServiceDeps & { metrics?: Metrics },
  params: { now: Date; batchSize?: number },
): Promise<number> {
  const fired = await deps.db.transaction(async (tx) => {
    const due = await claimDueClocks(tx, { now: params.now, limit: params.batchSize ?? 200 });
    let count = 0;
    for (const clock of due) {
      const ticket = await findTicket(tx, { ticketId: clock.ticketId });
      const channel = ticket ? await findCustomerChannel(tx, { channelId: ticket.channelId }) : undefined;
      const policy = policyFor(deps.config.sla, channel);
      // Several steps may be due at once (a priority change past the target): fire only the highest.
      let stage = clock.stage;
      for (
        let step = nextStep(
          { ...timesOf(clock), stage, acknowledged: clock.acknowledgedAt !== null },
          policy,
          policy.calendar,
        );
        step && step.at <= params.now;
      ) {
        stage = step.stage;
        step = nextStep(
          { ...timesOf(clock), stage, acknowledged: clock.acknowledgedAt !== null },
          policy,
          policy.calendar,
        );
      }
      // No paired engineer: the breach goes straight to the lead.
      if (stage === STAGE.engineerPinged && !channel?.engineerUserId) stage = STAGE.leadPinged;
      if (stage === clock.stage) {
        await advanceClock(tx, { clock, stage, now: params.now, policy, breached: false });
        continue;
      }
      // Past the stage it had, so one of the three escalation stages.
      const ping = { clockId: clock.id, stage: stage as 1 | 2 | 3 };
      await notifyEscalationJob.queue(tx, { ...ping, target: 'thread' });
      if (stage >= STAGE.engineerPinged) await notifyEscalationJob.queue(tx, { ...ping, target: 'dm' });
      await advanceClock(tx, { clock, stage, now: params.now, policy, breached: stage >= STAGE.engineerPinged });
      await recordActivity(tx, { ticketId: clock.ticketId, at: params.now, action: STAGE_ACTION[stage as 1 | 2 | 3] });
      await syncCardJob.queue(tx, { ticketId: clock.ticketId });
      deps.metrics?.slaSteps.inc({ stage: STAGE_ACTION[stage as 1 | 2 | 3] });
      count++;
    }
    return count;
  });
  if (fired > 0) deps.wake();
  return fired;
}

/** Runs the sweep on an interval until stopped. */
export class Sweeper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private lastPrune = 0;
  private digestHandled = '';

  constructor(
    private readonly deps: ServiceDeps & { metrics?: Metrics },
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      const now = this.deps.now();
      this.running = sweepOnce(this.deps, { now })
        .then(async () => {
          const due = digestDue(this.deps.config, now);
          if (due && due !== this.digestHandled) {
            await scheduleDigest(this.deps, now);
            this.digestHandled = due;
          }
        })
        .then(async () => {
          if (this.pruneNow(now)) await pruneOldRows(this.deps, now);
        })
        .then(() => undefined)
        .catch((error) => this.deps.log.error('SLA sweep failed', { error }))
        .finally(() => {
          this.running = undefined;
        });
    }, this.intervalMs);
  }

  /** Pruning runs every ten minutes at most, whatever the sweep interval. */
  private pruneNow(now: Date): boolean {
    if (now.getTime() - this.lastPrune < 10 * 60_000) return false;
    this.lastPrune = now.getTime();
    return true;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}

/**
 * What an escalation ping is about: the clock, its ticket and the channel's paired engineer; nothing when the
 * clock or ticket is gone.
 */
export async function escalationSubject(
  db: ServiceDeps['db'],
  params: { clockId: number },
): Promise<{ clock: SlaClock; ticket: Ticket; engineerUserId: string | undefined } | undefined> {
  const clock = await findClock(db, params);
  const ticket = clock ? await findTicket(db, { ticketId: clock.ticketId }) : undefined;
  if (!clock || !ticket) return undefined;
  const channel = await findCustomerChannel(db, { channelId: ticket.channelId });
  return { clock, ticket, engineerUserId: channel?.engineerUserId ?? undefined };
}
