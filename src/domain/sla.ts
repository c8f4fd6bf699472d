import type { SupportCalendar } from './calendar.js';
import { addBusinessMs, businessMsBetween } from './business-time.js';

/** The part of a clock the arithmetic needs. */
export interface ClockTimes {
  targetMs: number;
  /** Support time spent before the current running stretch. */
  elapsedMs: number;
  /** Start of the current running stretch; null while paused. */
  runningSince: Date | null;
}

export function dueAt(clock: ClockTimes, cal: SupportCalendar): Date | null {
  if (!clock.runningSince) return null;
  return addBusinessMs(clock.runningSince, clock.targetMs - clock.elapsedMs, cal);
}

export function elapsedAt(clock: ClockTimes, now: Date, cal: SupportCalendar): number {
  return clock.elapsedMs + (clock.runningSince ? businessMsBetween(clock.runningSince, now, cal) : 0);
}

export function pause(clock: ClockTimes, now: Date, cal: SupportCalendar): ClockTimes {
  if (!clock.runningSince) return clock;
  return { ...clock, elapsedMs: elapsedAt(clock, now, cal), runningSince: null };
}

export function resume(clock: ClockTimes, now: Date): ClockTimes {
  return clock.runningSince ? clock : { ...clock, runningSince: now };
}

/**
 * A new target (category or priority changed) keeps the time already spent: the clock is not
 * restarted. A target already passed makes the clock due at once.
 */
export function retarget(clock: ClockTimes, targetMs: number, now: Date, cal: SupportCalendar): ClockTimes {
  if (!clock.runningSince) return { ...clock, targetMs };
  return { targetMs, elapsedMs: elapsedAt(clock, now, cal), runningSince: now };
}

/** Escalation stages, in the order they fire. */
export const STAGE = { none: 0, warned: 1, engineerPinged: 2, leadPinged: 3 } as const;
export type Stage = (typeof STAGE)[keyof typeof STAGE];

export interface LadderPolicy {
  /** Share of the target at which the triage thread is warned, e.g. 0.75. */
  warnAt: number;
  /** Support time after the breach at which the lead is pinged. */
  leadAfterMs: number;
}

export interface NextStep {
  stage: Exclude<Stage, 0>;
  at: Date;
}

/** The next escalation step of a running clock and when it is due; null when nothing is left. */
export function nextStep(
  clock: ClockTimes & { stage: number; acknowledged: boolean },
  policy: LadderPolicy,
  cal: SupportCalendar,
): NextStep | null {
  if (!clock.runningSince) return null;
  const at = (spentMs: number) => addBusinessMs(clock.runningSince!, spentMs - clock.elapsedMs, cal);
  switch (clock.stage) {
    case STAGE.none:
      return { stage: STAGE.warned, at: at(clock.targetMs * policy.warnAt) };
    case STAGE.warned:
      return { stage: STAGE.engineerPinged, at: at(clock.targetMs) };
    case STAGE.engineerPinged:
      return clock.acknowledged ? null : { stage: STAGE.leadPinged, at: at(clock.targetMs + policy.leadAfterMs) };
    default:
      return null;
  }
}
