import type { Observation, ReportMeta } from '../schema/report'
import type { ReportPrints } from './similarity/prints'
import type { AuditMeta, AuditReport } from './types'

/**
 * A report as the audit reads it, from its metadata, its stated values (the
 * first of each indicator, derived ones left out: the rules judge what the
 * report says) and its section prints where the text was at hand. The CLI
 * builds it from a parsed report (`auditInput`), the app from the loaded
 * dataset (dataset-input.ts).
 */
export function auditReport(report: AuditMeta, values: ReadonlyMap<string, number>, prints?: ReportPrints): AuditReport {
  const input: AuditReport = {
    id: report.id,
    region: report.region,
    prefecture: report.prefecture,
    province: report.province,
    agency: report.agency,
    agencyKind: report.agencyKind,
    year: report.year,
    format: report.format,
    published: report.published,
    values,
  }
  if (prints)
    input.prints = prints
  return input
}

/** A parsed report as the audit reads it (see `auditReport`). */
export function auditInput(report: ReportMeta & { observations: readonly Pick<Observation, 'indicator' | 'value' | 'source'>[] }, prints?: ReportPrints): AuditReport {
  const values = new Map<string, number>()
  for (const o of report.observations) {
    if (o.source !== 'derived' && !values.has(o.indicator))
      values.set(o.indicator, o.value)
  }
  return auditReport(report, values, prints)
}
