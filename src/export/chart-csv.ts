import type { ChartTable } from '../charts/types'
import { toCsv } from './csv'

/**
 * A chart's table as CSV: every column (including CSV-only ones such as
 * the ≈ flags), numbers unformatted, absent values as empty cells (never
 * 0), UTF-8 BOM and formula neutralisation from `toCsv`.
 */
export function chartTableToCsv(table: ChartTable): string {
  const header = table.columns.map(c => c.label)
  const rows = table.rows.map(row => table.columns.map(c => row[c.key] ?? null))
  return toCsv(header, rows)
}
