import { TZDate } from '@date-fns/tz';

/** The latest scheduled digest instant at or before `now` (weekly: day 0 = Sunday, minute of the day, in a time zone).
 * */
export function lastDigestAt(now: Date, schedule: { day: number; minute: number }, timeZone: string): Date {
  const local = new TZDate(now.getTime(), timeZone);
  const back = (local.getDay() - schedule.day + 7) % 7;
  let candidate = new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() - back,
    Math.floor(schedule.minute / 60),
    schedule.minute % 60,
    0,
    timeZone,
  );
  if (candidate.getTime() > now.getTime()) {
    candidate = new TZDate(
      local.getFullYear(),
      local.getMonth(),
      local.getDate() - back - 7,
      Math.floor(schedule.minute / 60),
      schedule.minute % 60,
      0,
      timeZone,
    );
  }
  return new Date(candidate.getTime());
}
