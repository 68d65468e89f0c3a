import type { AuditResult } from '../../schema/audit'
import type { ReviewLookup, TargetLookup } from './findings'
import type { Briefing, BriefingReport, BriefingScope } from './types'
import { buildCoverage } from './coverage'
import { buildFindings } from './findings'
import { BRIEFING_INDICATORS, buildComparison, buildRanking } from './rankings'
import { inScope, scopeCounties } from './scope'

export type * from './types'
export { BRIEFING_INDICATORS } from './rankings'

/** What the briefing's figures depend on: the data, the year, the scope and the indicator. */
export interface BriefingFactsInput {
  /** The statistical year the briefing is about; 同比 compares with the year before. */
  year: number
  scope: BriefingScope
  /** Every loaded report (any year, any place): the builder picks the scope's. */
  reports: readonly BriefingReport[]
  /** The indicator of the two-year comparison. */
  indicator: string
  /** The indicators ranked (default BRIEFING_INDICATORS). */
  rankIndicators?: readonly string[]
}

export interface BriefingInput extends BriefingFactsInput {
  /** The audit's results across reports over the same reports. */
  results: readonly AuditResult[]
  /** The reviewer's notes by county. */
  notes?: ReadonlyMap<string, string>
  /** Where a check points in a report (the report view's `obs`/`line`), for links to the exact number or row. */
  target?: TargetLookup
  /** The reviewer's status of a check by its key; 已忽略 ones are left out. */
  review?: ReviewLookup
}

/**
 * The briefing's figures (coverage, rankings, two-year comparison): they do
 * not change with the audit's results, the reviews or the notes, so the view
 * keeps them (and the comparison chart's image) while those change.
 */
export type BriefingFacts = Pick<Briefing, 'year' | 'previousYear' | 'scope' | 'coverage' | 'rankings' | 'comparison'>

function yearReports(input: BriefingFactsInput, year: number): BriefingReport[] {
  return input.reports.filter(r => r.year === year && inScope(r, input.scope))
}

export function buildBriefingFacts(input: BriefingFactsInput): BriefingFacts {
  const { year, scope } = input
  const current = yearReports(input, year)
  const previousYear = yearReports(input, year - 1)
  const counties = scopeCounties(input.reports, scope)
  const regions = counties.map(c => c.region)
  return {
    year,
    previousYear: year - 1,
    scope: { prefectures: [...scope.prefectures], counties: [...scope.counties], kinds: [...scope.kinds] },
    coverage: buildCoverage(counties, current, year, scope.kinds),
    rankings: (input.rankIndicators ?? BRIEFING_INDICATORS).map(id => buildRanking(id, current, previousYear, regions)),
    comparison: buildComparison(input.indicator, year, current, previousYear),
  }
}

/**
 * The briefing (简报) of one year and scope: a pure function of the data and
 * the audit's results. `facts` are the input's figures when already built.
 */
export function buildBriefing(input: BriefingInput, facts: BriefingFacts = buildBriefingFacts(input)): Briefing {
  const counties = facts.coverage.counties
  const byId = new Map(input.reports.map(r => [r.id, r]))
  const notes = input.notes ?? new Map<string, string>()
  return {
    ...facts,
    findings: buildFindings(counties, yearReports(input, input.year), input.results, byId, input.target ?? (() => ({})), input.review ?? (() => null)),
    notes: counties.flatMap(({ region }) => (notes.get(region)?.trim() ? [{ region, text: notes.get(region)!.trim() }] : [])),
  }
}
