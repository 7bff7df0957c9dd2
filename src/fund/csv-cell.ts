// Writing CSV cells that spreadsheets open safely: the one rule for the CLI's output and <dbbx-fund>'s export.

/**
 * A cell Excel (or LibreOffice, WPS) would run as a formula: OWASP's CSV-injection list (= + - @ tab CR) and the
 * full-width forms (＝＋－＠), which some spreadsheet locales read the same way.
 */
export const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/**
 * One output cell: quoted as csv-stringify quotes (a comma, quote or line ending inside), and a cell that would
 * run as a formula gets a leading ' inside quotes (OWASP): Excel shows `=1+1` as text, never evaluates it.
 */
export function csvCell(v: string): string {
  if (FORMULA_START.test(v)) return `"'${v.replace(/"/g, '""')}"`;
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
