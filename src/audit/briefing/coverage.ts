import type { AgencyKind } from '../../schema/report'
import type { BriefingCoverage, BriefingReport, CoverageEntry, CoverageTotals } from './types'
import type { ScopeCounty } from './scope'
import { AGENCY_KINDS } from '../../schema/report'
import { checkTimeliness, deadlineFor, deadlineKind } from '../rules/timeliness'

/** On time, late (by how many days) or not judged, by the audit's own rule (timeliness.late). */
export function coverageEntry(r: BriefingReport, year: number): CoverageEntry {
  const kind = deadlineKind(r)
  const late = checkTimeliness(r)
  return {
    reportId: r.id,
    agency: r.agency,
    kind: r.agencyKind,
    published: r.published,
    deadline: deadlineFor(year, kind),
    deadlineKind: kind,
    status: late ? 'late' : r.published === null ? 'unknown' : 'on-time',
    daysLate: late?.values?.[0] ?? null,
    imported: r.imported ?? false,
  }
}

/** Who reported for `year` and who did not, on time or late: every county of the scope. */
export function buildCoverage(counties: readonly ScopeCounty[], yearReports: readonly BriefingReport[], year: number, scopeKinds: readonly AgencyKind[]): BriefingCoverage {
  const byRegion = new Map<string, BriefingReport[]>()
  for (const r of yearReports) {
    if (r.region === null)
      continue
    const list = byRegion.get(r.region)
    if (list)
      list.push(r)
    else
      byRegion.set(r.region, [r])
  }
  const rows = counties.map(c => ({ ...c, reports: (byRegion.get(c.region) ?? []).map(r => coverageEntry(r, year)) }))
  const present = new Set(yearReports.map(r => r.agencyKind))
  const kinds = scopeKinds.length > 0 ? [...scopeKinds] : AGENCY_KINDS.filter(k => present.has(k))
  const entries = rows.flatMap(r => r.reports)
  const totals: CoverageTotals = {
    counties: rows.length,
    reported: rows.filter(r => r.reports.length > 0).length,
    missing: rows.filter(r => r.reports.length === 0).length,
    reports: entries.length,
    onTime: entries.filter(e => e.status === 'on-time').length,
    late: entries.filter(e => e.status === 'late').length,
    unknown: entries.filter(e => e.status === 'unknown').length,
  }
  return { kinds, counties: rows, totals }
}
