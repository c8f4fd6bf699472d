import { FACT_KEYS } from './facts.js';
import type { ReportTicket } from './report.js';

/** The export's columns, in order; names are plain so the review meeting can sort and filter by them. */
export const EXPORT_COLUMNS = [
  'ticket',
  'customer_channel',
  'customer',
  'opened_at',
  'first_reply_at',
  'resolved_at',
  'status',
  'category',
  'priority',
  'enterprise',
  'side',
  'root_cause',
  'fix',
  ...FACT_KEYS.map((k) => (k === 'callId' ? 'call_id' : k)),
  'first_reply_sla',
  'rating',
] as const;

/** At most this many tickets go in one file; a larger period is cut to its newest tickets and the message says so. */
export const EXPORT_MAX_ROWS = 50_000;

/** Times in UTC, ISO 8601 without milliseconds: spreadsheets read them as dates. */
function time(at: Date | null): string | null {
  return at ? at.toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
}

export function exportRow(t: ReportTicket): Array<string | number | null> {
  return [
    `#${t.id}`,
    t.channelId,
    t.customerUserId,
    time(t.createdAt),
    time(t.firstRespondedAt),
    time(t.resolvedAt),
    t.status,
    t.category,
    t.priority,
    t.enterprise ? 'yes' : 'no',
    t.side,
    t.rootCause,
    t.fix,
    ...FACT_KEYS.map((k) => t.facts[k] ?? null),
    t.firstResponse,
    t.rating,
  ];
}
