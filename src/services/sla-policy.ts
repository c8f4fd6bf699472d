import type { Config } from '../config.js';
import { ALWAYS_OPEN, parseCalendar, type SupportCalendar } from '../domain/calendar.js';
import type { LadderPolicy } from '../domain/sla.js';
import type { Priority } from '../domain/taxonomy.js';
import type { CustomerChannel } from '../db/schema/index.js';

export interface ChannelPolicy extends LadderPolicy {
  calendar: SupportCalendar;
  firstResponseMs: Record<Priority, number>;
  nextResponseMs: Record<Priority, number>;
  resolutionMs?: number;
}

/**
 * The SLA rules for one customer: app defaults, then the channel's own settings. Enterprise
 * customers are supported around the clock unless their channel says otherwise.
 */
export function policyFor(sla: Config['sla'], channel: CustomerChannel | undefined): ChannelPolicy {
  let calendar = sla.calendar;
  if (channel?.businessHours) {
    const parsed = parseCalendar(channel.businessHours, channel.timeZone ?? sla.calendar.timeZone, channel.holidays);
    if (typeof parsed !== 'string') calendar = parsed;
  } else if (channel?.enterprise) {
    calendar = { ...ALWAYS_OPEN, timeZone: channel.timeZone ?? sla.calendar.timeZone };
  }
  const overrides = (channel?.firstResponseOverrides ?? {}) as Partial<Record<Priority, number>>;
  return {
    calendar,
    firstResponseMs: { ...sla.firstResponseMs, ...overrides },
    nextResponseMs: { ...sla.nextResponseMs, ...overrides },
    resolutionMs: sla.resolutionMs,
    warnAt: sla.warnAt,
    leadAfterMs: sla.leadAfterMs,
  };
}
