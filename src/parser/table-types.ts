import type { Check, ParsedTable } from '../schema/report'
import type { Line } from './normalize'

/** One number a table pass read, before it becomes an observation. */
export interface TableValue {
  indicator: string
  value: number
  unit: string
  evidence: string
  line: number
  endLine: number
}

export interface TableResult {
  values: TableValue[]
  checks: Check[]
  tables: ParsedTable[]
  /** Whether the table was found at all (for `section.missing`). */
  found: boolean
}

/** Tab runs in a displayed row, shown as a cell separator in evidence. */
const CELL_GAP = /\s*\t[\t\s]*/g

/** A table row as evidence: its displayed text with cell gaps shown as ` | `. */
export function evidenceRow(display: string): string {
  return display.trim().replace(CELL_GAP, ' | ').replace(/^\|\s*|\s*\|$/g, '').trim()
}

/** Evidence for values read from one or several rows: the rows, one per line. */
export function rowEvidence(lines: readonly Line[], lineNumbers: readonly number[]): string {
  const wanted = new Set(lineNumbers)
  return lines.filter(l => wanted.has(l.n)).map(l => evidenceRow(l.display)).join('\n')
}
