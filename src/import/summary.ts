import type { SourcedReport } from '../schema/snapshot'
import type { Severity } from '../schema/report'
import type { MissingField } from './report-import'
import { missingFields } from './report-import'

/** What the import panel shows for a parsed report before it joins the data. */
export interface ReportSummary {
  id: string
  title: string | null
  region: string | null
  prefecture: string | null
  agency: string | null
  agencyKind: string | null
  year: number | null
  format: string | null
  observationCount: number
  /** Checks by severity, for the badge counts. */
  checkCounts: Record<Severity, number>
  missing: MissingField[]
}

export function summarizeReport(report: SourcedReport): ReportSummary {
  const checkCounts: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  for (const check of report.checks)
    checkCounts[check.severity]++
  return {
    id: report.id,
    title: report.title,
    region: report.region,
    prefecture: report.prefecture,
    agency: report.agency,
    agencyKind: report.agencyKind,
    year: report.year,
    format: report.format,
    observationCount: report.observations.length,
    checkCounts,
    missing: missingFields(report),
  }
}
