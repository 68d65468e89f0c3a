import type { Dataset } from '../../data/dataset'
import type { BriefingReport } from './types'
import { checkTarget } from '../../data/check-target'
import { datasetAuditInputs } from '../dataset-input'

/** The loaded dataset as the briefing reads it: the audit's inputs plus each report's own checks and origin. */
export function datasetBriefingReports(ds: Dataset): BriefingReport[] {
  return datasetAuditInputs(ds, new Map()).map((input, i) => ({
    ...input,
    checks: ds.reports[i]!.checks,
    imported: ds.parts[ds.reportPart[i]!]!.origin === 'imported',
  }))
}

/** Where a check points in a report, as the checks list links (src/data/check-target.ts). */
export function datasetTarget(ds: Dataset, reportId: string, check: { indicator?: string, line?: number }): Record<string, string> {
  const r = ds.reportById.get(reportId)
  return r === undefined ? {} : checkTarget(ds, r, check)
}
