import type { AuditResult } from '../../schema/audit'
import type { ReviewLookup, TargetLookup } from './findings'
import type { Briefing, BriefingReport, BriefingScope } from './types'
import { buildCoverage } from './coverage'
import { buildFindings } from './findings'
import { BRIEFING_INDICATORS, buildComparison, buildRanking } from './rankings'
import { inScope, scopeCounties } from './scope'

export type * from './types'
export { BRIEFING_INDICATORS } from './rankings'

export interface BriefingInput {
  /** The statistical year the briefing is about; 同比 compares with the year before. */
  year: number
  scope: BriefingScope
  /** Every loaded report (any year, any place): the builder picks the scope's. */
  reports: readonly BriefingReport[]
  /** The audit's results across reports over the same reports. */
  results: readonly AuditResult[]
  /** The indicator of the two-year comparison. */
  indicator: string
  /** The reviewer's notes by county. */
  notes?: ReadonlyMap<string, string>
  /** Where a check points in a report (the report view's `obs`/`line`), for links to the exact number or row. */
  target?: TargetLookup
  /** The reviewer's status of a check by its key; 已忽略 ones are left out. */
  review?: ReviewLookup
  /** The indicators ranked (default BRIEFING_INDICATORS). */
  rankIndicators?: readonly string[]
}

/** The briefing (简报) of one year and scope: a pure function of the data and the audit's results. */
export function buildBriefing(input: BriefingInput): Briefing {
  const { year, scope } = input
  const scoped = input.reports.filter(r => inScope(r, scope))
  const yearReports = scoped.filter(r => r.year === year)
  const previousYear = scoped.filter(r => r.year === year - 1)
  const counties = scopeCounties(input.reports, scope)
  const regions = counties.map(c => c.region)
  const byId = new Map(input.reports.map(r => [r.id, r]))
  const notes = input.notes ?? new Map<string, string>()
  return {
    year,
    previousYear: year - 1,
    scope: { prefectures: [...scope.prefectures], counties: [...scope.counties], kinds: [...scope.kinds] },
    coverage: buildCoverage(counties, yearReports, year, scope.kinds),
    rankings: (input.rankIndicators ?? BRIEFING_INDICATORS).map(id => buildRanking(id, yearReports, previousYear, regions)),
    comparison: buildComparison(input.indicator, year, yearReports, previousYear),
    findings: buildFindings(counties, yearReports, input.results, byId, input.target ?? (() => ({})), input.review ?? (() => null)),
    notes: regions.flatMap(region => (notes.get(region)?.trim() ? [{ region, text: notes.get(region)!.trim() }] : [])),
  }
}
