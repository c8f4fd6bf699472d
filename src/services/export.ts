import type { Executor } from '../db/client.js';
import { ticketsForReport } from '../db/queries/report.js';
import { toCsv } from '../domain/csv.js';
import { EXPORT_COLUMNS, EXPORT_MAX_ROWS, exportRow } from '../domain/export.js';

const DAY = 86_400_000;

export interface TicketExport {
  csv: string;
  rows: number;
  /** True when the period held more tickets than one file takes; the newest ones are in it. */
  cut: boolean;
  since: Date;
}

/** The CSV of the tickets opened in the `days` days before `until`, newest first. */
export async function buildExport(
  db: Executor,
  params: { days: number; until: Date; now: Date },
): Promise<TicketExport> {
  const since = new Date(params.until.getTime() - params.days * DAY);
  const found = await ticketsForReport(db, { since, until: params.until, now: params.now, limit: EXPORT_MAX_ROWS + 1 });
  const shown = found.slice(0, EXPORT_MAX_ROWS);
  return {
    csv: toCsv(EXPORT_COLUMNS, shown.map(exportRow)),
    rows: shown.length,
    cut: found.length > shown.length,
    since,
  };
}
