import type { TidyColumn } from '../schema/tidy'
import type { CsvValue } from './csv'
import { TIDY_COLUMNS } from '../schema/tidy'
import { toCsv } from './csv'

/** What one tidy row needs: a report's metadata and one of its observations. */
export interface TidySource {
  report: { id: string, region: string | null, prefecture: string | null, agency: string | null, agencyKind: string | null, year: number | null, format: string | null }
  observation: { indicator: string, value: number, unit: string, approx: boolean, source: string, evidence: string }
}

export function tidyRow({ report: r, observation: o }: TidySource): Record<TidyColumn, CsvValue> {
  return {
    report_id: r.id,
    region: r.region,
    prefecture: r.prefecture,
    agency: r.agency,
    agency_kind: r.agencyKind,
    year: r.year,
    format: r.format,
    indicator: o.indicator,
    value: o.value,
    unit: o.unit,
    approx: o.approx,
    source: o.source,
    evidence: o.evidence,
  }
}

/** The tidy CSV of spec §7 (UTF-8 with BOM, formulas neutralised). */
export function toTidyCsv(sources: Iterable<TidySource>): string {
  const rows: CsvValue[][] = []
  for (const s of sources) {
    const row = tidyRow(s)
    rows.push(TIDY_COLUMNS.map(c => row[c]))
  }
  return toCsv(TIDY_COLUMNS, rows)
}
