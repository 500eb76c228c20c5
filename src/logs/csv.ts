/** UTF-8 byte order mark: Excel reads a CSV as UTF-8 (Devanagari intact) only when the file starts with it. */
export const BOM = '\uFEFF';

/** Records end with CRLF (RFC 4180). */
export const CSV_EOL = '\r\n';

/** Characters a spreadsheet reads as the start of a formula when they open a cell. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Digits with phone/number punctuation (and masking dots) only: no formula can call anything. */
const PLAIN_NUMBER = /^[+-]?[\d\s().\-•]*\d[\d\s().\-•]*$/;

/**
 * A text cell safe to open in a spreadsheet: a value starting with `=`, `+`, `-`, `@`, tab or CR gets a
 * leading `'` (OWASP's CSV-injection advice: the cell is then text, not a formula), unless it is a plain
 * number or phone number (`+91 98765 43210`, `-5`), which cannot run anything and stays as it is.
 */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/**
 * One field as RFC 4180 writes it: quoted when it holds a comma, a double quote, CR or LF (or starts or
 * ends with a space, which some readers trim), inner quotes doubled. Formula starts are neutralized first.
 */
export function csvField(value: string): string {
  const safe = neutralizeFormula(value);
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One record, with its CRLF. */
export function csvRow(values: readonly string[]): string {
  return values.map(csvField).join(',') + CSV_EOL;
}
