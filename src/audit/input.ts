import type { Observation, ReportMeta } from '../schema/report'
import type { ReportPrints } from './similarity/prints'
import type { AuditReport } from './types'

/**
 * A parsed report as the audit reads it: its metadata, the first stated
 * value of each indicator (derived ones left out: the rules judge what the
 * report says), and its section prints where the text was at hand.
 */
export function auditInput(report: ReportMeta & { observations: readonly Pick<Observation, 'indicator' | 'value' | 'source'>[] }, prints?: ReportPrints): AuditReport {
  const values = new Map<string, number>()
  for (const o of report.observations) {
    if (o.source !== 'derived' && !values.has(o.indicator))
      values.set(o.indicator, o.value)
  }
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
