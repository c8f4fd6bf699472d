import type { Executor } from '../db/client.js';
import { findCustomerChannel } from '../db/queries/customer-channels.js';
import { channelCountOf, incidentOfTicket } from '../db/queries/incidents.js';
import { claimDueClocks, findClock } from '../db/queries/sla-clocks.js';
import { recordActivity } from '../db/queries/ticket-activity.js';
import { findTicket } from '../db/queries/tickets.js';
import type { Incident, SlaClock, Ticket } from '../db/schema/index.js';
import { STAGE, nextStep } from '../domain/sla.js';
import { advanceClock, timesOf } from './clocks.js';
import type { ServiceDeps } from './deps.js';
import { checkIncidentJob, notifyEscalationJob, pageIncidentJob, postIncidentJob, syncCardJob } from '../queue/jobs.js';
import type { Metrics } from '../metrics.js';
import { policyFor } from './sla-policy.js';
import { digestDue, scheduleDigest } from './digest.js';
import { pruneOldRows } from './maintenance.js';

const STAGE_ACTION = { 1: 'escalation_warning', 2: 'escalation_engineer', 3: 'escalation_lead' } as const;

/**
 * Clocks stepped per transaction. A flood's clocks fall due together, and on PGlite a transaction holds the one
 * connection: a pass in small transactions lets receipts and intakes in between, instead of behind a few hundred
 * statements.
 */
const CLOCKS_PER_TRANSACTION = 20;

/**
 * One pass over the due clocks. Each clock is claimed with SKIP LOCKED and moved to its next stage in
 * the same transaction that enqueues the notification (keyed by clock and stage), so every step fires
 * exactly once however many instances sweep. Returns how many steps fired.
 */
export async function sweepOnce(
  deps: ServiceDeps & { metrics?: Metrics },
  params: { now: Date; batchSize?: number },
): Promise<number> {
  const limit = params.batchSize ?? 200;
  const seen: number[] = [];
  let fired = 0;
  while (seen.length < limit) {
    const size = Math.min(CLOCKS_PER_TRANSACTION, limit - seen.length);
    const step = await deps.db.transaction(async (tx) => {
      const due = await claimDueClocks(tx, { now: params.now, limit: size, except: seen });
      return { claimed: due.map((c) => c.id), fired: await stepClocks(tx, deps, due, params.now) };
    });
    fired += step.fired;
    seen.push(...step.claimed);
    if (step.claimed.length < size) break;
  }
  if (fired > 0) deps.wake();
  return fired;
}

/** Moves each claimed clock to its next stage and queues what that stage says; returns how many steps fired. */
async function stepClocks(
  tx: Executor,
  deps: ServiceDeps & { metrics?: Metrics },
  due: SlaClock[],
  now: Date,
): Promise<number> {
  const grouping = groupedEscalation(tx);
  // An incident's card and each person's page are asked for once per transaction, however many of its tickets
  // stepped: each request again would only make the coalesced job run once more.
  const asked = new Set<string>();
  const askOnce = async (key: string, queue: () => Promise<unknown>) => {
    if (asked.has(key)) return;
    asked.add(key);
    await queue();
  };
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
      step && step.at <= now;
    ) {
      stage = step.stage;
      step = nextStep(
        { ...timesOf(clock), stage, acknowledged: clock.acknowledgedAt !== null },
        policy,
        policy.calendar,
      );
    }
    // The paired engineer is always pinged before the lead: a page held back for the incident check (below) or a
    // late sweep must not skip them. The lead's step, due as well, fires on the next sweep.
    if (clock.stage < STAGE.engineerPinged && stage > STAGE.engineerPinged && channel?.engineerUserId)
      stage = STAGE.engineerPinged;
    // No paired engineer: the breach goes straight to the lead.
    if (stage === STAGE.engineerPinged && !channel?.engineerUserId) stage = STAGE.leadPinged;
    if (stage === clock.stage) {
      await advanceClock(tx, { clock, stage, now, policy, breached: false });
      continue;
    }
    // Not yet checked for an incident (the check is queued when the ticket opens): a ticket of an outage must not
    // page anyone on its own, so a page waits for the next sweep. A warning is not held back.
    if (stage >= STAGE.engineerPinged && ticket && (await checkIncidentJob.pending(tx, { ticketId: ticket.id })))
      continue;
    // Past the stage it had, so one of the three escalation stages.
    const ping = { clockId: clock.id, stage: stage as 1 | 2 | 3 };
    const incident = ticket ? await grouping.incidentOf(ticket.id) : undefined;
    if (incident) {
      // One page per person for the incident, not one per ticket: the card shows the ticket's SLA.
      await askOnce(`incident:${incident.id}`, () => postIncidentJob.queue(tx, { incidentId: incident.id }));
      const target =
        stage === STAGE.engineerPinged
          ? channel?.engineerUserId
          : stage === STAGE.leadPinged
            ? deps.config.supportLeadUserId
            : undefined;
      if (target) {
        const role = stage === STAGE.leadPinged ? 'lead' : 'engineer';
        await askOnce(`page:${incident.id}:${target}`, () =>
          pageIncidentJob.queue(tx, { incidentId: incident.id, userId: target, role }),
        );
      }
    } else {
      await notifyEscalationJob.queue(tx, { ...ping, target: 'thread' });
      if (stage >= STAGE.engineerPinged) await notifyEscalationJob.queue(tx, { ...ping, target: 'dm' });
    }
    await advanceClock(tx, { clock, stage, now, policy, breached: stage >= STAGE.engineerPinged });
    await recordActivity(tx, { ticketId: clock.ticketId, at: now, action: STAGE_ACTION[stage as 1 | 2 | 3] });
    await syncCardJob.queue(tx, { ticketId: clock.ticketId });
    deps.metrics?.slaSteps.inc({ stage: STAGE_ACTION[stage as 1 | 2 | 3] });
    count++;
  }
  return count;
}

/** An incident's escalations are grouped once its tickets come from this many customer channels or more. */
export const GROUPED_FROM_CHANNELS = 2;

/**
 * Which incident, if any, escalates a ticket's clock for it: one whose tickets come from several customers (an
 * outage, not one customer writing often). Looked up once per ticket and incident in a sweep.
 */
function groupedEscalation(tx: Executor) {
  const byTicket = new Map<number, Incident | undefined>();
  const spread = new Map<number, number>();
  return {
    async incidentOf(ticketId: number): Promise<Incident | undefined> {
      if (!byTicket.has(ticketId)) byTicket.set(ticketId, await incidentOfTicket(tx, { ticketId }));
      const incident = byTicket.get(ticketId);
      if (!incident) return undefined;
      if (!spread.has(incident.id))
        spread.set(incident.id, await channelCountOf(tx, { ticketIds: incident.ticketIds }));
      return (spread.get(incident.id) ?? 0) >= GROUPED_FROM_CHANNELS ? incident : undefined;
    },
  };
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
