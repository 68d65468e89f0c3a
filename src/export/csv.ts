import Papa from 'papaparse'

/**
 * A cell a spreadsheet would run as a formula (OWASP: = + - @ tab CR), also
 * after leading quotes or white space (` =1+1`, a tab before `@`) and in
 * full width (`＝SUM(…)`, which an IME-typed Excel formula may use).
 */
const FORMULA_START = /^['\s]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^'*[\t\r\n]/
/** A cell that is only a number (`-3`, `-0.0000001`, `1.5e-7`): a spreadsheet reads it as that number, not a formula. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i
/** A number written by `String()` in exponent notation: `1e-7`, `-1.5e+21`. */
const EXPONENT_FORM = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/

/**
 * Prefix a quote to cells a spreadsheet would evaluate. A cell that already
 * starts with quotes before a formula character gets one more, so
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
  return cell.startsWith('\'') && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell
}

/**
 * A number in plain decimal notation, the same digits `String()` gives
 * (so it parses back to the same double): `-1e-7` → `-0.0000001`,
 * `1e21` → `1000000000000000000000`. A spreadsheet reads either as a
 * number, but only the plain form reads as one everywhere.
 */
export function plainNumber(n: number): string {
  const s = String(n)
  const m = EXPONENT_FORM.exec(s)
  if (!m)
    return s
  const [, sign, lead, rest = '', exp] = m
  const digits = lead! + rest
  const point = 1 + Number(exp)
  if (point <= 0)
    return `${sign}0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length)
    return `${sign}${digits}${'0'.repeat(point - digits.length)}`
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
}

export type CsvValue = string | number | boolean | null | undefined

const BOM = '\uFEFF'

function cellText(v: CsvValue): string {
  if (v === null || v === undefined)
    return ''
  // A number is written as a number, never neutralised into text.
  return typeof v === 'number' && Number.isFinite(v) ? plainNumber(v) : neutralizeCell(String(v))
}

/**
 * CSV text with a BOM (Excel then reads UTF-8 Chinese correctly), CRLF line
 * ends, numbers in plain notation and every other cell neutralised against
 * formula injection.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const data = rows.map(row => row.map(cellText))
  return BOM + Papa.unparse({ fields: [...columns], data }, { newline: '\r\n', quotes: false })
}
