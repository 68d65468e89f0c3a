import type { Dataset } from '../data/dataset'
import type { ReportPrints } from './similarity/prints'
import type { AuditMeta, AuditReport } from './types'
import { dictionary } from '../data/dictionary'
import { SOURCES } from '../data/enums'
import { auditReport } from './input'
import { AUDIT_META_FIELDS } from './types'

const DERIVED = SOURCES.indexOf('derived')

/** One field of every report: its distinct values, and each report's index into them. */
export interface CodedColumn<T> {
  readonly values: readonly T[]
  readonly codes: Uint32Array
}

/** The report fields the audit reads, a coded column each. */
export type MetaColumns = { readonly [K in keyof AuditMeta]: CodedColumn<AuditMeta[K]> }

function codeColumn<T>(items: readonly T[]): CodedColumn<T> {
  const values = dictionary<T>()
  return { values: values.list, codes: Uint32Array.from(items, values.code) }
}

/** The observation columns the audit reads (a Dataset has them). */
interface ObservationColumns {
  /** Observations of report r are [reportOffsets[r], reportOffsets[r + 1]). */
  readonly reportOffsets: Uint32Array
  readonly indicators: readonly string[]
  readonly obsIndicator: Uint16Array
  readonly obsValue: Float64Array
  readonly obsSource: Uint8Array
}

/**
 * What the audit's worker is sent of a loaded dataset: the observation
 * columns and the report fields the audit reads, all typed arrays and short
 * lists, which arrive as a copy of their bytes. Posting the reports' inputs
 * instead (value maps: a structured clone of a million entries) took
 * ~360 ms of the page's thread at a million observations (issue 13); these
 * take ~130 ms, most of it copying 11 MB of typed arrays (~65 ms alone here).
 */
export interface AuditColumns extends ObservationColumns {
  readonly reportCount: number
  readonly meta: MetaColumns
}

/** The dataset's audit columns: its own observation arrays, and the report fields the audit reads, coded. */
export function auditColumns(ds: Dataset): AuditColumns {
  const meta: Record<string, CodedColumn<unknown>> = {}
  for (const field of AUDIT_META_FIELDS)
    meta[field] = codeColumn(ds.reports.map(r => r[field]))
  return {
    reportCount: ds.reports.length,
    meta: meta as MetaColumns,
    reportOffsets: ds.reportOffsets,
    indicators: ds.indicators,
    obsIndicator: ds.obsIndicator,
    obsValue: ds.obsValue,
    obsSource: ds.obsSource,
  }
}

/** Report `r`'s fields from the coded columns. */
function metaAt(meta: MetaColumns, r: number): AuditMeta {
  const out: Record<string, unknown> = {}
  for (const field of AUDIT_META_FIELDS) {
    const column = meta[field] as CodedColumn<unknown>
    out[field] = column.values[column.codes[r]!]
  }
  return out as AuditMeta
}

/** Each report's first stated value per indicator from the observation columns, with its fields and prints. */
function auditInputs(obs: ObservationColumns, count: number, metaOf: (r: number) => AuditMeta, prints: ReadonlyMap<string, ReportPrints>): AuditReport[] {
  return Array.from({ length: count }, (_, i) => {
    const r = metaOf(i)
    const values = new Map<string, number>()
    for (let o = obs.reportOffsets[i]!; o < obs.reportOffsets[i + 1]!; o++) {
      if (obs.obsSource[o] === DERIVED)
        continue
      const indicator = obs.indicators[obs.obsIndicator[o]!]!
      if (!values.has(indicator))
        values.set(indicator, obs.obsValue[o]!)
    }
    return auditReport(r, values, prints.get(r.id))
  })
}

/**
 * The loaded dataset as the audit reads it (the app's side of
 * src/audit/input.ts): each report's first stated value per indicator from
 * the observation columns, and its section prints where the dataset has them.
 */
export function datasetAuditInputs(ds: Dataset, prints: ReadonlyMap<string, ReportPrints>): AuditReport[] {
  return auditInputs(ds, ds.reports.length, r => ds.reports[r]!, prints)
}

/** The same from the columns the worker is sent (`auditColumns`). */
export function columnsAuditInputs(columns: AuditColumns, prints: ReadonlyMap<string, ReportPrints>): AuditReport[] {
  return auditInputs(columns, columns.reportCount, r => metaAt(columns.meta, r), prints)
}
