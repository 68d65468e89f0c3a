import type { AuditResult } from '../../schema/audit'
import type { Check } from '../../schema/report'
import type { ScopeCounty } from './scope'
import type { BriefingReport, CountyFindings, Finding, FindingReport } from './types'

/** Where a check points: the index of its indicator's observation in the report, when known. */
export type ObservationLookup = (reportId: string, indicator: string) => number | null

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const

/** The result's report the finding is about: this year's (the last read), or for similarity.peer the more contained one (the first). */
export function subjectReport(result: Pick<AuditResult, 'id' | 'reports'>): string {
  return result.id === 'similarity.peer' ? result.reports[0]! : result.reports[result.reports.length - 1]!
}

function findingReport(id: string, byId: ReadonlyMap<string, BriefingReport>): FindingReport {
  const r = byId.get(id)
  return { id, agency: r?.agency ?? null, year: r?.year ?? null }
}

function finding(check: Check, audit: boolean, reports: FindingReport[], lookup: ObservationLookup): Finding {
  return {
    check,
    similarity: check.id.startsWith('similarity.'),
    audit,
    reports,
    observation: check.indicator === undefined ? null : lookup(reports[0]!.id, check.indicator),
  }
}

/**
 * The failed checks of the year's reports and the audit's results about
 * them (内容雷同 among them), per county of the scope, most severe first.
 * `skip` leaves out what the reviewer dismissed.
 */
export function buildFindings(counties: readonly ScopeCounty[], yearReports: readonly BriefingReport[], results: readonly AuditResult[], allReports: ReadonlyMap<string, BriefingReport>, lookup: ObservationLookup, skip: (check: Check, reportId: string) => boolean = () => false): CountyFindings[] {
  const byRegion = new Map<string, Finding[]>()
  const add = (region: string | null, f: Finding) => {
    if (region === null)
      return
    const list = byRegion.get(region)
    if (list)
      list.push(f)
    else
      byRegion.set(region, [f])
  }
  const inYear = new Map(yearReports.map(r => [r.id, r]))
  for (const r of yearReports) {
    for (const c of r.checks) {
      if (!skip(c, r.id))
        add(r.region, finding(c, false, [findingReport(r.id, allReports)], lookup))
    }
  }
  for (const result of results) {
    const subject = inYear.get(subjectReport(result))
    if (!subject || skip(result, subject.id))
      continue
    const { reports: ids, values: _values, ...check } = result
    const reports = [subject.id, ...ids.filter(id => id !== subject.id)].map(id => findingReport(id, allReports))
    add(subject.region, finding(check, true, reports, lookup))
  }
  return counties.flatMap((c) => {
    const findings = byRegion.get(c.region)
    if (!findings)
      return []
    findings.sort((a, b) => SEVERITY_RANK[a.check.severity] - SEVERITY_RANK[b.check.severity] || Number(b.similarity) - Number(a.similarity))
    return [{ region: c.region, prefecture: c.prefecture, findings }]
  })
}
