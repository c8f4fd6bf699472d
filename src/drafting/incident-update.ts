import { catalogue, fill } from '../domain/catalogue/index.js';
import type { Language } from '../domain/taxonomy.js';
import { utcMinute } from '../views/format.js';

/**
 * The built-in interim update for a customer whose ticket is one case of an outage still under way: others see the
 * same problem, engineers are on it, nothing to do for now, and when the next update comes. The time is written as
 * the receipt writes its answer time (`receipt.by`), in UTC, so the agent reads it on the card; the send turns it
 * into a date token that each customer reads in their own time zone (withReaderDates).
 */
export function incidentUpdateText(params: { ticketId: number; language: Language; nextAt: Date }): string {
  const words = catalogue(params.language);
  const when = fill(words.receipt.by, { date: utcMinute(params.nextAt) }, params.language);
  return fill(words.incidentUpdate, { ticket: `#${params.ticketId}`, when }, params.language);
}
