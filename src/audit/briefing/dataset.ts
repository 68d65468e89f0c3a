import type { Dataset } from '../../data/dataset'
import type { BriefingReport } from './types'
import { datasetAuditInputs } from '../dataset-input'

/** The loaded dataset as the briefing reads it: the audit's inputs plus each report's own checks and origin. */
export function datasetBriefingReports(ds: Dataset): BriefingReport[] {
  return datasetAuditInputs(ds, new Map()).map((input, i) => ({
    ...input,
    checks: ds.reports[i]!.checks,
    imported: ds.parts[ds.reportPart[i]!]!.origin === 'imported',
  }))
}

/** The index of the report's first observation of `indicator` (the report view's `obs`), or null. */
export function datasetObservation(ds: Dataset, reportId: string, indicator: string): number | null {
  const r = ds.reportById.get(reportId)
  const code = ds.indicatorCode.get(indicator)
  if (r === undefined || code === undefined)
    return null
  const from = ds.reportOffsets[r]!
  for (let o = from; o < ds.reportOffsets[r + 1]!; o++) {
    if (ds.obsIndicator[o] === code)
      return o - from
  }
  return null
}
