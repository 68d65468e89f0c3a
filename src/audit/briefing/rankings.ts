import type { BriefingReport, Comparison, ComparisonRow, Ranking, RankingRow, SourcedValue } from './types'
import { findIndicator } from '../../catalog/indicators'
import { yoyChange } from '../../data/yoy'
import { agencyKey } from '../agency'

/** The indicators a briefing ranks (spec: licensing, hotline, new media, requests, disclosure). */
export const BRIEFING_INDICATORS = [
  'licensing.decisions',
  'hotline.received',
  'hotline.completion_rate',
  'hotline.satisfaction_rate',
  'newmedia.posts',
  'applications.new',
  'disclosure.items',
] as const

function sourced(r: BriefingReport, indicator: string): SourcedValue | null {
  const value = r.values.get(indicator)
  return value === undefined || r.year === null ? null : { value, reportId: r.id, agency: r.agency, year: r.year }
}

/** The same agency's report of the previous year that states the indicator. */
export function previousValue(r: BriefingReport, previousYear: readonly BriefingReport[], indicator: string): SourcedValue | null {
  const key = agencyKey(r)
  if (key === null)
    return null
  for (const p of previousYear) {
    const v = agencyKey(p) === key ? sourced(p, indicator) : null
    if (v)
      return v
  }
  return null
}

export function unitOf(indicator: string): string {
  return findIndicator(indicator)?.unit ?? ''
}

/**
 * One indicator's values of the year, largest first, one row per report
 * (its agency and year named), with 同比 against the same agency's previous
 * report. A report that does not state the value has no row: never a 0.
 */
export function buildRanking(indicator: string, yearReports: readonly BriefingReport[], previousYear: readonly BriefingReport[], counties: readonly string[]): Ranking {
  const unit = unitOf(indicator)
  const rows: RankingRow[] = []
  for (const r of yearReports) {
    const current = sourced(r, indicator)
    if (!current || r.region === null)
      continue
    const previous = previousValue(r, previousYear, indicator)
    rows.push({ rank: 0, region: r.region, current, previous, change: yoyChange(current.value, previous?.value ?? null, unit) })
  }
  rows.sort((a, b) => b.current.value - a.current.value || a.region.localeCompare(b.region, 'zh-CN'))
  rows.forEach((row, i) => {
    row.rank = i > 0 && rows[i - 1]!.current.value === row.current.value ? rows[i - 1]!.rank : i + 1
  })
  const stated = new Set(rows.map(r => r.region))
  return { indicator, unit, rows, absent: counties.filter(c => !stated.has(c)) }
}

/**
 * The chosen indicator for the year and the one before, per agency that
 * states it in either year (in the order of the year's value, then last
 * year's).
 */
export function buildComparison(indicator: string, year: number, yearReports: readonly BriefingReport[], previousYear: readonly BriefingReport[]): Comparison {
  const unit = unitOf(indicator)
  const rows: ComparisonRow[] = []
  const matched = new Set<string>()
  for (const r of yearReports) {
    const current = sourced(r, indicator)
    const previous = previousValue(r, previousYear, indicator)
    if (previous)
      matched.add(previous.reportId)
    if ((current || previous) && r.region !== null)
      rows.push({ region: r.region, agency: r.agency, current, previous, change: yoyChange(current?.value ?? null, previous?.value ?? null, unit) })
  }
  // Last year's reports with no report of the same agency this year still show, with this year absent.
  for (const p of previousYear) {
    const previous = sourced(p, indicator)
    if (previous && p.region !== null && !matched.has(p.id) && !yearReports.some(r => agencyKey(r) !== null && agencyKey(r) === agencyKey(p)))
      rows.push({ region: p.region, agency: p.agency, current: null, previous, change: null })
  }
  rows.sort((a, b) => (b.current?.value ?? -Infinity) - (a.current?.value ?? -Infinity) || (b.previous?.value ?? -Infinity) - (a.previous?.value ?? -Infinity))
  return { indicator, unit, year, previousYear: year - 1, rows }
}
