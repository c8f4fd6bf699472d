/**
 * CSV for spreadsheets, as RFC 4180 writes it (https://datatracker.ietf.org/doc/rfc4180, section 2): records end
 * in CRLF; a field holding a comma, a double quote, CR or LF is enclosed in double quotes, and a double quote inside
 * one is doubled.
 */

/** Excel reads a file as UTF-8 only when it starts with a byte-order mark; without it Chinese arrives garbled. */
export const UTF8_BOM = '\uFEFF';

/**
 * A spreadsheet treats a cell starting with = + - @ (or a tab or CR before them) as a formula, so a customer's
 * "=HYPERLINK(…)" would run when the export is opened (OWASP "CSV Injection"; ASVS 1.2.10 lists = + - @ tab and
 * NUL). A leading single quote makes the cell plain text and is not shown.
 */
const FORMULA_START = /^[=+\-@\t\r\0]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  // Numbers we produce are data, not formulas; a negative one keeps its sign.
  if (typeof value === 'number') return String(value);
  const safe = neutraliseFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole file: the header row, then one record per row, each ending in CRLF, with the BOM in front. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const lines = [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`);
  return UTF8_BOM + lines.join('');
}
