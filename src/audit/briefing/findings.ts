import type { AuditResult } from '../../schema/audit'
import type { Check } from '../../schema/report'
import type { ScopeCounty } from './scope'
import type { BriefingReport, CountyFindings, Finding, FindingReport, FindingReview } from './types'
import { checkKeys, reportCheckKeys } from '../../data/check-key'

/** Where a check points in one of its reports, as the report view's parameters (`obs`, `line`); {} for the top. */
export type TargetLookup = (reportId: string, check: Pick<Check, 'indicator' | 'line'>) => Record<string, string>
/** The reviewer's status and note of a check by its key (src/data/check-key.ts), null when never reviewed. */
export type ReviewLookup = (key: string) => FindingReview | null

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const

/** The result's report the finding is about: this year's (the last read), or for similarity.peer the more contained one (the first). */
export function subjectReport(result: Pick<AuditResult, 'id' | 'reports'>): string {
  return result.id === 'similarity.peer' ? result.reports[0]! : result.reports[result.reports.length - 1]!
}

function findingReport(id: string, byId: ReadonlyMap<string, BriefingReport>): FindingReport {
  const r = byId.get(id)
  return { id, agency: r?.agency ?? null, year: r?.year ?? null }
}

/**
 * The failed checks of the year's reports and the audit's results about
 * them (内容雷同 among them), per county of the scope, most severe first,
 * each with its review key and status (the checks list's keys) and where
 * to link in each report it concerns. Checks the reviewer set to 已忽略 are
 * left out.
 */
export function buildFindings(counties: readonly ScopeCounty[], yearReports: readonly BriefingReport[], results: readonly AuditResult[], allReports: ReadonlyMap<string, BriefingReport>, target: TargetLookup, review: ReviewLookup): CountyFindings[] {
  const byRegion = new Map<string, Finding[]>()
  const add = (region: string | null, check: Check, audit: boolean, reportIds: readonly string[], key: string) => {
    const status = review(key)
    if (region === null || status?.status === 'ignored')
      return
    const f: Finding = {
      check,
      similarity: check.id.startsWith('similarity.'),
      audit,
      key,
      review: status,
      reports: reportIds.map(id => findingReport(id, allReports)),
      targets: reportIds.map(id => target(id, check)),
    }
    const list = byRegion.get(region)
    if (list)
      list.push(f)
    else
      byRegion.set(region, [f])
  }
  const inYear = new Map(yearReports.map(r => [r.id, r]))
  for (const r of yearReports) {
    const keys = reportCheckKeys(r.id, r.checks)
    r.checks.forEach((c, i) => add(r.region, c, false, [r.id], keys[i]!))
  }
  // Keys over every result, as the checks list numbers them.
  const keys = checkKeys(results.map(r => ({ check: r, reportIds: r.reports })))
  results.forEach((result, i) => {
    const subject = inYear.get(subjectReport(result))
    if (!subject)
      return
    const { reports: ids, values: _values, ...check } = result
    add(subject.region, check, true, [subject.id, ...ids.filter(id => id !== subject.id)], keys[i]!)
  })
  return counties.flatMap((c) => {
    const findings = byRegion.get(c.region)
    if (!findings)
      return []
    findings.sort((a, b) => SEVERITY_RANK[a.check.severity] - SEVERITY_RANK[b.check.severity] || Number(b.similarity) - Number(a.similarity))
    return [{ region: c.region, prefecture: c.prefecture, findings }]
  })
}
