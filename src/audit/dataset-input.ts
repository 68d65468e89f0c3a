import type { Dataset } from '../data/dataset'
import type { ReportPrints } from './similarity/prints'
import type { AuditReport } from './types'
import { SOURCES } from '../data/enums'
import { auditReport } from './input'

const DERIVED = SOURCES.indexOf('derived')

/**
 * The loaded dataset as the audit reads it (the app's side of
 * src/audit/input.ts): each report's first stated value per indicator from
 * the observation columns, and its section prints where the dataset has them.
 */
export function datasetAuditInputs(ds: Dataset, prints: ReadonlyMap<string, ReportPrints>): AuditReport[] {
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
