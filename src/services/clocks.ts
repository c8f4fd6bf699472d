import type { Executor } from '../db/client.js';
import { clocksOfTicket, insertClock, updateClock } from '../db/queries/sla-clocks.js';
import type { ClockKind, SlaClock } from '../db/schema/index.js';
import { dueAt, nextStep, pause, resume, retarget, type ClockTimes } from '../domain/sla.js';
import type { Priority } from '../domain/taxonomy.js';
import type { ChannelPolicy } from './sla-policy.js';

const RESPONSE_KINDS: ClockKind[] = ['first_response', 'next_response'];

function timesOf(clock: SlaClock): ClockTimes {
  return { targetMs: clock.targetMs, elapsedMs: clock.elapsedMs, runningSince: clock.runningSince };
}

/** Due time and next escalation instant for a clock in the given state. */
function schedule(times: ClockTimes, stage: number, acknowledged: boolean, policy: ChannelPolicy) {
  const step = nextStep({ ...times, stage, acknowledged }, policy, policy.calendar);
  return { dueAt: dueAt(times, policy.calendar), nextFireAt: step?.at ?? null };
}

export function targetFor(kind: ClockKind, priority: Priority, policy: ChannelPolicy): number | undefined {
  if (kind === 'first_response') return policy.firstResponseMs[priority];
  if (kind === 'next_response') return policy.nextResponseMs[priority];
  return policy.resolutionMs;
}

export async function startClock(
  db: Executor,
  params: {
    ticketId: number;
    kind: ClockKind;
    cycle: number;
    startAt: Date;
    priority: Priority;
    policy: ChannelPolicy;
  },
): Promise<SlaClock | undefined> {
  const targetMs = targetFor(params.kind, params.priority, params.policy);
  if (targetMs === undefined) return undefined;
  const times: ClockTimes = { targetMs, elapsedMs: 0, runningSince: params.startAt };
  return insertClock(db, {
    ticketId: params.ticketId,
    kind: params.kind,
    cycle: params.cycle,
    startedAt: params.startAt,
    targetMs,
    elapsedMs: 0,
    runningSince: params.startAt,
    state: 'running',
    ...schedule(times, 0, false, params.policy),
  });
}

/** We answered: the running response clock is met (late or not). Returns the clocks it stopped. */
export async function stopResponseClocks(db: Executor, params: { ticketId: number; now: Date }): Promise<SlaClock[]> {
  const running = await clocksOfTicket(db, { ticketId: params.ticketId, states: ['running', 'paused'] });
  const stopped: SlaClock[] = [];
  for (const clock of running.filter((c) => RESPONSE_KINDS.includes(c.kind))) {
    const late = clock.dueAt !== null && clock.dueAt <= params.now;
    const row = await updateClock(db, {
      clockId: clock.id,
      changes: {
        state: 'met',
        stoppedAt: params.now,
        runningSince: null,
        nextFireAt: null,
        breachedAt: late ? (clock.breachedAt ?? clock.dueAt) : clock.breachedAt,
      },
    });
    if (row) stopped.push(row);
  }
  return stopped;
}

/** Resolution clocks stop counting while the ticket waits on the customer. */
export async function pauseResolutionClock(
  db: Executor,
  params: { ticketId: number; now: Date; policy: ChannelPolicy },
): Promise<void> {
  for (const clock of await clocksOfTicket(db, { ticketId: params.ticketId, states: ['running'] })) {
    if (clock.kind !== 'resolution') continue;
    const times = pause(timesOf(clock), params.now, params.policy.calendar);
    await updateClock(db, {
      clockId: clock.id,
      changes: { state: 'paused', elapsedMs: times.elapsedMs, runningSince: null, dueAt: null, nextFireAt: null },
    });
  }
}

export async function resumeResolutionClock(
  db: Executor,
  params: { ticketId: number; now: Date; policy: ChannelPolicy },
): Promise<void> {
  for (const clock of await clocksOfTicket(db, { ticketId: params.ticketId, states: ['paused'] })) {
    if (clock.kind !== 'resolution') continue;
    const times = resume(timesOf(clock), params.now);
    await updateClock(db, {
      clockId: clock.id,
      changes: {
        state: 'running',
        runningSince: times.runningSince,
        ...schedule(times, clock.stage, clock.acknowledgedAt !== null, params.policy),
      },
    });
  }
}

export async function cancelClocks(db: Executor, params: { ticketId: number; now: Date }): Promise<void> {
  for (const clock of await clocksOfTicket(db, { ticketId: params.ticketId, states: ['running', 'paused'] })) {
    await updateClock(db, {
      clockId: clock.id,
      changes: { state: 'cancelled', stoppedAt: params.now, runningSince: null, nextFireAt: null },
    });
  }
}

/**
 * New priority: every open clock gets the new target, keeping the time already spent. A target
 * already passed is due now, so the sweep escalates at once.
 */
export async function retargetClocks(
  db: Executor,
  params: { ticketId: number; priority: Priority; now: Date; policy: ChannelPolicy },
): Promise<void> {
  for (const clock of await clocksOfTicket(db, { ticketId: params.ticketId, states: ['running', 'paused'] })) {
    const targetMs = targetFor(clock.kind, params.priority, params.policy);
    if (targetMs === undefined) continue;
    const times = retarget(timesOf(clock), targetMs, params.now, params.policy.calendar);
    const scheduled =
      clock.state === 'running'
        ? schedule(times, clock.stage, clock.acknowledgedAt !== null, params.policy)
        : { dueAt: null, nextFireAt: null };
    await updateClock(db, {
      clockId: clock.id,
      changes: { targetMs, elapsedMs: times.elapsedMs, runningSince: times.runningSince, ...scheduled },
    });
  }
}

/** After a step fired: the clock moves to that stage and waits for the next one. */
export async function advanceClock(
  db: Executor,
  params: { clock: SlaClock; stage: number; now: Date; policy: ChannelPolicy; breached: boolean },
): Promise<void> {
  const times = timesOf(params.clock);
  await updateClock(db, {
    clockId: params.clock.id,
    changes: {
      stage: params.stage,
      nextFireAt: schedule(times, params.stage, params.clock.acknowledgedAt !== null, params.policy).nextFireAt,
      breachedAt: params.breached ? (params.clock.breachedAt ?? params.now) : params.clock.breachedAt,
    },
  });
}

export { timesOf };
