/**
 * Spreadsheet files built in the page (an action plan, a self-assessment): RFC 4180 cells and line
 * ends, UTF-8 with a byte-order mark so spreadsheet programs read Welsh letters, and never a
 * formula. A cell that a spreadsheet would run as one (starting `=`, `+`, `-`, `@`, a tab or a
 * carriage return) is written with a leading `'`, so hostile text cannot put a formula in
 * someone's spreadsheet (OWASP's CSV injection advice).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: quoted when it must be, and never a formula. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells as CSV text (CRLF line ends), with a byte-order mark. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
