import Papa from 'papaparse'

/** A cell a spreadsheet would run as a formula (OWASP: = + - @ tab CR). */
const FORMULA_START = /^'*[=+\-@\t\r]/
/** A cell that is only a number: left alone, `-3` is data, not a formula. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/
/** A cell this module neutralised: one quote added in front of a formula start. */
const NEUTRALISED = /^'+[=+\-@\t\r]/

/**
 * Prefix a quote to cells a spreadsheet would evaluate. Cells that already
 * start with quotes before a formula character get one more, so
 * `restoreCell` inverts this exactly and exports re-import unchanged.
 */
export function neutralizeCell(cell: string): string {
  if (PLAIN_NUMBER.test(cell))
    return cell
  return FORMULA_START.test(cell) ? `'${cell}` : cell
}

/** Inverse of `neutralizeCell`, applied when a CSV is imported. */
export function restoreCell(cell: string): string {
  if (PLAIN_NUMBER.test(cell))
    return cell
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell
}

export type CsvValue = string | number | boolean | null | undefined

const BOM = '\uFEFF'

/**
 * CSV text with a BOM (Excel then reads UTF-8 Chinese correctly), CRLF line
 * ends and every cell neutralised against formula injection.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const data = rows.map(row => row.map(v => neutralizeCell(v === null || v === undefined ? '' : String(v))))
  return BOM + Papa.unparse({ fields: [...columns], data }, { newline: '\r\n', quotes: false })
}
