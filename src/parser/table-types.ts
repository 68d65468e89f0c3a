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

const EVIDENCE_CACHE = new WeakMap<Line, string>()

function lineEvidence(line: Line): string {
  let e = EVIDENCE_CACHE.get(line)
  if (e === undefined) {
    e = evidenceRow(line.display)
    EVIDENCE_CACHE.set(line, e)
  }
  return e
}

/** Evidence for values read from one or several rows: the rows, one per line, in text order. */
export function rowEvidence(lines: readonly Line[], lineNumbers: readonly number[]): string {
  const first = lines[0]?.n ?? 0
  return [...new Set(lineNumbers)]
    .sort((a, b) => a - b)
    .map(n => lines[n - first])
    .filter((l): l is Line => l !== undefined)
    .map(lineEvidence)
    .join('\n')
}
