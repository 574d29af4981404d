// Every CSV vendor-eval writes goes through this file: RFC 4180 quoting, and the OWASP defence
// against formula ("CSV") injection. A spreadsheet (Excel, LibreOffice Calc, Google Sheets)
// opening the file reads a cell whose text starts with `=`, `+`, `-` or `@` as a formula, and one
// starting with a tab or carriage return as well; a vendor named `=HYPERLINK("http://x","click")`
// would become a live link, `=cmd|' /C calc'!A0` a command (DDE).

/** A cell's value: numbers, booleans and empty cells are typed; text is text from anywhere. */
export type CsvValue = string | number | boolean | null;

/**
 * Text a spreadsheet would read as a formula: a leading `=`, `+`, `-`, `@` (or their full-width
 * forms, which some spreadsheets fold to ASCII), also after leading spaces and quotes, or a
 * leading tab or carriage return.
 */
const formulaLike = /^(?:[\t\r]|[\s"'\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;

/**
 * Text as a spreadsheet must show it: OWASP's defence, a single quote in front (`'=SUM(A1)`)
 * when it could be read as a formula, which Excel and Calc take as "this cell is text" and do
 * not show. Other text is returned as it is.
 */
export function neutralizeFormula(text: string): string {
  return formulaLike.test(text) ? `'${text}` : text;
}

/**
 * One CSV field. A number is written as a number (`-3.5` stays a negative number, never
 * neutralised: it comes from a typed value, not from a user's text), a boolean as `true` /
 * `false`, null as an empty field. Text passes {@link neutralizeFormula} and is quoted when it
 * holds a comma, a quote or a line break, or was neutralised (RFC 4180; the quotes keep the
 * field one cell whatever a reader's separator is).
 */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = neutralizeFormula(value);
  return text !== value || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of fields as CSV text: CRLF line ends, one after the last row too (RFC 4180). */
export function formatCsvRows(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

/**
 * A comment line before a CSV header (`# weights overridden: …`), which tools that read
 * comments skip (pandas `comment='#'`, R `comment.char`). A spreadsheet reads it as a row,
 * splitting it at commas, so every cell it would make must be inert as well: the text on one
 * line, and a single quote after each comma whose cell would start a formula or a quoted field.
 */
export function csvComment(text: string): string {
  const line = `# ${text.replace(/\r\n|[\r\n]/g, ' ')}`;
  return line.replace(/,(?=[\s"'\u3000]*[=+\-@"\uff1d\uff0b\uff0d\uff20]|\t)/g, ",'");
}
