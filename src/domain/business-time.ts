import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import type { SupportCalendar } from './calendar.js';

const MAX_DAYS_SCANNED = 3660;

function localDateKey(d: TZDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The open window of the local day that contains `day`, as instants, or undefined if closed. */
function openWindow(day: TZDate, cal: SupportCalendar): [number, number] | undefined {
  if (!cal.days.includes(day.getDay()) || cal.holidays.includes(localDateKey(day))) return undefined;
  const y = day.getFullYear();
  const m = day.getMonth();
  const d = day.getDate();
  const at = (minute: number) =>
    minute >= 24 * 60
      ? new TZDate(y, m, d + 1, 0, 0, 0, cal.timeZone).getTime()
      : new TZDate(y, m, d, Math.floor(minute / 60), minute % 60, 0, cal.timeZone).getTime();
  return [at(cal.openMinute), at(cal.closeMinute)];
}

function* windowsFrom(from: Date, cal: SupportCalendar): Generator<[number, number]> {
  const start = new TZDate(from.getTime(), cal.timeZone);
  let day = new TZDate(start.getFullYear(), start.getMonth(), start.getDate(), 0, 0, 0, cal.timeZone);
  for (let i = 0; i < MAX_DAYS_SCANNED; i++, day = addDays(day, 1)) {
    const w = openWindow(day, cal);
    if (w) yield w;
  }
}

/** Support time that passes between two instants. */
export function businessMsBetween(from: Date, to: Date, cal: SupportCalendar): number {
  if (to <= from) return 0;
  if (cal.alwaysOpen && cal.holidays.length === 0) return to.getTime() - from.getTime();
  let total = 0;
  for (const [open, close] of windowsFrom(from, cal)) {
    if (open >= to.getTime()) break;
    total += Math.max(0, Math.min(close, to.getTime()) - Math.max(open, from.getTime()));
  }
  return total;
}

/** The instant at which `ms` of support time will have passed, starting at `from`. */
export function addBusinessMs(from: Date, ms: number, cal: SupportCalendar): Date {
  if (cal.alwaysOpen && cal.holidays.length === 0) return new Date(from.getTime() + Math.max(0, ms));
  let left = Math.max(0, ms);
  for (const [open, close] of windowsFrom(from, cal)) {
    const start = Math.max(open, from.getTime());
    if (close <= start) continue;
    if (left === 0) return new Date(start);
    if (start + left <= close) return new Date(start + left);
    left -= close - start;
  }
  throw new Error('support calendar has no open time in the next ten years');
}
