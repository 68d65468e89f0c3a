import type { ChartMeta, ChartTable, ChartTableCell } from '../charts/types'
import { toCsv } from './csv'

/** Significant digits a chart CSV's number keeps: more than any report states, fewer than binary float noise. */
const SIGNIFICANT_DIGITS = 12

/**
 * A number as the report would state it: a median, sum or product of
 * stated values (95.43 and 96.55 → 95.99, 1.1万 → 11000) carries binary
 * noise in its last digits (95.99000000000001), dropped here. (The tidy
 * CSV keeps values exactly, for a lossless round trip.)
 */
export function statedPrecision(v: number): number {
  return Number.isFinite(v) ? Number(v.toPrecision(SIGNIFICANT_DIGITS)) : v
}

function cell(v: ChartTableCell | undefined): ChartTableCell {
  return typeof v === 'number' ? statedPrecision(v) : v ?? null
}

/**
 * A chart's table as CSV: every column (including CSV-only ones such as
 * the ≈ flags), numbers unformatted (without float noise), absent values
 * as empty cells (never 0), UTF-8 BOM and formula neutralisation from `toCsv`.
 * With `meta`, a footer after an empty row says what the numbers are: the
 * title, the filters, the rule behind them, the source, the data version
 * and the export date (one line per row, in the first column).
 */
export function chartTableToCsv(table: ChartTable, meta?: ChartMeta): string {
  const header = table.columns.map(c => c.label)
  const rows: ChartTableCell[][] = table.rows.map(row => table.columns.map(c => cell(row[c.key])))
  if (meta) {
    rows.push([])
    for (const line of [meta.title, meta.filterSummary, ...meta.footnote.split('\n')].filter(Boolean))
      rows.push([line])
  }
  return toCsv(header, rows)
}
