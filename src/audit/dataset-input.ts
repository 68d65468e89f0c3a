import type { Dataset } from '../data/dataset'
import type { ReportMeta } from '../schema/report'
import type { ReportPrints } from './similarity/prints'
import type { AuditReport } from './types'
import { SOURCES } from '../data/enums'
import { auditReport } from './input'

const DERIVED = SOURCES.indexOf('derived')

/** The report fields the audit reads (see `auditReport`). */
export type AuditMeta = Pick<ReportMeta, 'id' | 'region' | 'prefecture' | 'province' | 'agency' | 'agencyKind' | 'year' | 'format' | 'published'>

/**
 * What the audit reads of a loaded dataset: each report's metadata and the
 * observation columns. Typed arrays: handed to the audit's worker, they are
 * copied at memory speed, where the reports' value maps were a structured
 * clone of a million entries (~330 ms of the page's thread at a million
 * observations, issue 13).
 */
export interface AuditColumns {
  readonly reports: readonly AuditMeta[]
  /** Observations of report r are [reportOffsets[r], reportOffsets[r + 1]). */
  readonly reportOffsets: Uint32Array
  readonly indicators: readonly string[]
  readonly obsIndicator: Uint16Array
  readonly obsValue: Float64Array
  readonly obsSource: Uint8Array
}

/** The dataset's audit columns: its own arrays, and only the report fields the audit reads. */
export function auditColumns(ds: Dataset): AuditColumns {
  return {
    reports: ds.reports.map(r => ({ id: r.id, region: r.region, prefecture: r.prefecture, province: r.province, agency: r.agency, agencyKind: r.agencyKind, year: r.year, format: r.format, published: r.published })),
    reportOffsets: ds.reportOffsets,
    indicators: ds.indicators,
    obsIndicator: ds.obsIndicator,
    obsValue: ds.obsValue,
    obsSource: ds.obsSource,
  }
}

/**
 * The loaded dataset as the audit reads it (the app's side of
 * src/audit/input.ts): each report's first stated value per indicator from
 * the observation columns, and its section prints where the dataset has them.
 */
export function datasetAuditInputs(ds: AuditColumns, prints: ReadonlyMap<string, ReportPrints>): AuditReport[] {
  return ds.reports.map((r, i) => {
    const values = new Map<string, number>()
    for (let o = ds.reportOffsets[i]!; o < ds.reportOffsets[i + 1]!; o++) {
      if (ds.obsSource[o] === DERIVED)
        continue
      const indicator = ds.indicators[ds.obsIndicator[o]!]!
      if (!values.has(indicator))
        values.set(indicator, ds.obsValue[o]!)
    }
    return auditReport(r, values, prints.get(r.id))
  })
}
