import { describe, expect, it } from 'vitest';
import { addBusinessMs, businessMsBetween } from '../../src/domain/business-time.js';
import { ALWAYS_OPEN, parseCalendar, type SupportCalendar } from '../../src/domain/calendar.js';
import { dueAt, elapsedAt, nextStep, pause, resume, retarget, STAGE } from '../../src/domain/sla.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const cal = (hours: string, tz: string, holidays: string[] = []) =>
  parseCalendar(hours, tz, holidays) as SupportCalendar;
const shanghai = cal('mon-fri 09:00-18:00', 'Asia/Shanghai', ['2026-10-01']);
const newYork = cal('mon-fri 09:00-17:00', 'America/New_York');

describe('business time', () => {
  it('is plain elapsed time around the clock', () => {
    const start = new Date('2026-11-20T10:00:00Z');
    expect(addBusinessMs(start, 15 * MIN, ALWAYS_OPEN).toISOString()).toBe('2026-11-20T10:15:00.000Z');
  });

  it('stops at closing time and resumes at the next opening, skipping the weekend', () => {
    // Friday 17:50 in Shanghai (09:50Z) + 30 min of support time → Monday 09:20 local (01:20Z).
    const friday = new Date('2026-11-20T09:50:00Z');
    expect(addBusinessMs(friday, 30 * MIN, shanghai).toISOString()).toBe('2026-11-23T01:20:00.000Z');
    expect(businessMsBetween(friday, new Date('2026-11-23T01:20:00Z'), shanghai)).toBe(30 * MIN);
  });

  it('starts counting at opening time when a complaint arrives at night', () => {
    // Tuesday 23:00 local → due Wednesday 09:15 local.
    expect(addBusinessMs(new Date('2026-11-17T15:00:00Z'), 15 * MIN, shanghai).toISOString()).toBe(
      '2026-11-18T01:15:00.000Z',
    );
  });

  it('skips holidays', () => {
    // Wednesday 30 Sep 17:30 local + 1 h → the 1st is a holiday → Friday 2 Oct 09:30 local.
    expect(addBusinessMs(new Date('2026-09-30T09:30:00Z'), HOUR, shanghai).toISOString()).toBe(
      '2026-10-02T01:30:00.000Z',
    );
  });

  it('keeps local opening hours across a DST change', () => {
    // New York: Friday 30 Oct 2026 is EDT (UTC-4); Monday 2 Nov is EST (UTC-5) after the change on 1 Nov.
    const fridayLate = new Date('2026-10-30T20:30:00Z'); // 16:30 EDT
    // 30 min left on Friday, 30 min on Monday from 09:00 EST = 14:00Z.
    expect(addBusinessMs(fridayLate, HOUR, newYork).toISOString()).toBe('2026-11-02T14:30:00.000Z');
    expect(businessMsBetween(fridayLate, new Date('2026-11-02T14:30:00Z'), newYork)).toBe(HOUR);
  });

  it('rejects malformed calendars with a reason', () => {
    expect(parseCalendar('weekdays 9-5', 'UTC')).toMatch(/should look like/);
    expect(parseCalendar('mon-fri 18:00-09:00', 'UTC')).toMatch(/close after the open/);
    expect(parseCalendar('24/7', 'Mars/Olympus')).toMatch(/unknown time zone/);
  });
});

describe('clocks', () => {
  const start = new Date('2026-11-20T10:00:00Z');
  const clock = { targetMs: 30 * MIN, elapsedMs: 0, runningSince: start };

  it('pauses and resumes without losing or double-counting time', () => {
    const paused = pause(clock, new Date(start.getTime() + 10 * MIN), ALWAYS_OPEN);
    expect(paused).toEqual({ targetMs: 30 * MIN, elapsedMs: 10 * MIN, runningSince: null });
    expect(dueAt(paused, ALWAYS_OPEN)).toBeNull();
    const resumed = resume(paused, new Date(start.getTime() + 60 * MIN));
    expect(dueAt(resumed, ALWAYS_OPEN)!.toISOString()).toBe('2026-11-20T11:20:00.000Z');
    expect(elapsedAt(resumed, new Date(start.getTime() + 65 * MIN), ALWAYS_OPEN)).toBe(15 * MIN);
  });

  it('keeps the time already spent when the priority changes, and is due at once if the new target has passed', () => {
    const now = new Date(start.getTime() + 20 * MIN);
    const tighter = retarget(clock, 15 * MIN, now, ALWAYS_OPEN);
    expect(tighter.elapsedMs).toBe(20 * MIN);
    expect(dueAt(tighter, ALWAYS_OPEN)!.getTime()).toBeLessThanOrEqual(now.getTime());
    const looser = retarget(clock, 2 * HOUR, now, ALWAYS_OPEN);
    expect(dueAt(looser, ALWAYS_OPEN)!.toISOString()).toBe('2026-11-20T12:00:00.000Z');
  });

  it('walks the ladder: warning at 75 %, engineer at the target, lead later unless acknowledged', () => {
    const policy = { warnAt: 0.75, leadAfterMs: 30 * MIN };
    const at = (stage: number, acknowledged = false) =>
      nextStep({ ...clock, stage, acknowledged }, policy, ALWAYS_OPEN);
    expect(at(STAGE.none)).toEqual({ stage: STAGE.warned, at: new Date('2026-11-20T10:22:30.000Z') });
    expect(at(STAGE.warned)).toEqual({ stage: STAGE.engineerPinged, at: new Date('2026-11-20T10:30:00.000Z') });
    expect(at(STAGE.engineerPinged)).toEqual({ stage: STAGE.leadPinged, at: new Date('2026-11-20T11:00:00.000Z') });
    expect(at(STAGE.engineerPinged, true)).toBeNull();
    expect(at(STAGE.leadPinged)).toBeNull();
    expect(nextStep({ ...clock, runningSince: null, stage: 0, acknowledged: false }, policy, ALWAYS_OPEN)).toBeNull();
  });
});
