import { EXPORT_MAX_ROWS } from '../domain/export.js';

/** The line that comes with the CSV: what it holds, and whether the period was too large for one file. */
export function exportComment(params: { days: number; rows: number; cut: boolean }): string {
  const period = `the last ${params.days} day${params.days === 1 ? '' : 's'}`;
  if (params.rows === 0) return `No tickets were opened in ${period}; the file has only the column names.`;
  const count = `${params.rows.toLocaleString('en')} ticket${params.rows === 1 ? '' : 's'}`;
  if (!params.cut) return `${count} opened in ${period}, one per row, times in UTC.`;
  const most = EXPORT_MAX_ROWS.toLocaleString('en');
  const rest = 'Ask for fewer days for the rest.';
  return `${count} opened in ${period}: the newest ${most}, as many as one file holds. ${rest}`;
}
