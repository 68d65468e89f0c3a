import type { RejectedRow } from './csv-import'
import type { RowProblem } from './csv-row'
import { toCsv } from '../export/csv'

export interface RejectedCsvLabels {
  line: string
  column: string
  reason: string
}

/**
 * The rejected rows as a CSV the user can fix in Excel: line, column(s) and
 * reason(s) first, then the row's original cells under the file's own
 * header. Through `toCsv`, so BOM and formula neutralisation apply (and the
 * import restores the cells if the fixed rows are imported again).
 */
export function rejectedRowsCsv(
  header: readonly string[],
  rejected: readonly RejectedRow[],
  describe: (problem: RowProblem) => string,
  labels: RejectedCsvLabels,
): string {
  const rows = rejected.map(r => [
    r.line,
    r.problems.map(p => p.column ?? '').join('; '),
    r.problems.map(describe).join('; '),
    ...r.cells,
  ])
  return toCsv([
    labels.line,
    labels.column,
    labels.reason,
    ...header,
  ], rows)
}
