import type { AuditResult } from '../../schema/audit'
import type { AgencySeries } from '../agency'
import { auditResult } from '../result'

/**
 * coverage.gap (spec §6): an agency that reported before and after a year
 * has no report for that year in the set. Every missing year between the
 * agency's first and last reports is one result (Y−1 and Y+1 present is
 * the simplest case), pointing at the reports on either side.
 */
export function checkCoverageGaps(series: AgencySeries): AuditResult[] {
  const years = [...series.keys()].sort((a, b) => a - b)
  const results: AuditResult[] = []
  for (let i = 1; i < years.length; i++) {
    const prevYear = years[i - 1]!
    const nextYear = years[i]!
    const before = series.get(prevYear)![0]!
    const after = series.get(nextYear)![0]!
    for (let year = prevYear + 1; year < nextYear; year++) {
      results.push(auditResult('coverage.gap', {
        agency: after.agency ?? '',
        region: after.region ?? '',
        year,
        prevYear,
        nextYear,
      }, [before.id, after.id]))
    }
  }
  return results
}
