/**
 * A support calendar: when the clock runs. "24/7" or days + hours in a time zone, minus holidays.
 * Parsed from settings such as "mon-fri 09:00-18:00".
 */
export interface SupportCalendar {
  alwaysOpen: boolean;
  timeZone: string;
  /** 0 = Sunday … 6 = Saturday */
  days: number[];
  /** minutes after local midnight */
  openMinute: number;
  closeMinute: number;
  /** local dates "YYYY-MM-DD" with no support */
  holidays: string[];
}

export const ALWAYS_OPEN: SupportCalendar = {
  alwaysOpen: true,
  timeZone: 'UTC',
  days: [0, 1, 2, 3, 4, 5, 6],
  openMinute: 0,
  closeMinute: 24 * 60,
  holidays: [],
};

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function parseDays(spec: string): number[] | undefined {
  const days = new Set<number>();
  for (const part of spec.split(',')) {
    const [from, to] = part.split('-').map((d) => DAY_NAMES.indexOf(d.slice(0, 3)));
    if (from === undefined || from < 0) return undefined;
    if (to === undefined) {
      days.add(from);
      continue;
    }
    if (to < 0) return undefined;
    for (let d = from; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === to) break;
    }
  }
  return [...days].sort();
}

function parseClock(text: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) < 60 && minutes <= 24 * 60 ? minutes : undefined;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Returns an error message, or the calendar. */
export function parseCalendar(hours: string, timeZone: string, holidays: string[] = []): SupportCalendar | string {
  if (!isValidTimeZone(timeZone)) return `unknown time zone "${timeZone}"`;
  const badHoliday = holidays.find((h) => !/^\d{4}-\d{2}-\d{2}$/.test(h));
  if (badHoliday) return `holiday "${badHoliday}" is not a YYYY-MM-DD date`;
  const text = hours.trim().toLowerCase();
  if (text === '24/7' || text === 'always') return { ...ALWAYS_OPEN, timeZone, holidays };
  const m = /^([a-z,-]+)\s+(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})$/.exec(text);
  if (!m) return `business hours "${hours}" should look like "mon-fri 09:00-18:00" or "24/7"`;
  const days = parseDays(m[1]!);
  const openMinute = parseClock(m[2]!);
  const closeMinute = parseClock(m[3]!);
  if (!days || days.length === 0) return `cannot read the days in "${hours}"`;
  if (openMinute === undefined || closeMinute === undefined || closeMinute <= openMinute) {
    return `opening hours in "${hours}" must be HH:MM-HH:MM with the close after the open`;
  }
  return { alwaysOpen: false, timeZone, days, openMinute, closeMinute, holidays };
}
