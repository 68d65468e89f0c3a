import type { ReviewStatus } from '../schema/review'
import type { Severity } from '../schema/report'
import type { CheckRow } from './checks'

/** The checks list's own filters (beside the app's): empty lists select everything. */
export interface CheckFilter {
  statuses: readonly ReviewStatus[]
  severities: readonly Severity[]
  rules: readonly string[]
  counties: readonly string[]
}

export const NO_CHECK_FILTER: CheckFilter = { statuses: [], severities: [], rules: [], counties: [] }

export function filterChecks(rows: readonly CheckRow[], f: CheckFilter, statusOf: (key: string) => ReviewStatus): CheckRow[] {
  const pick = <T>(list: readonly T[], v: T) => list.length === 0 || list.includes(v)
  return rows.filter(r =>
    pick(f.severities, r.severity)
    && pick(f.rules, r.check)
    && pick(f.counties, r.region ?? '')
    && pick(f.statuses, statusOf(r.key)))
}

/** The distinct rules and counties of a list, sorted, for the filters' options. */
export function checkFacets(rows: readonly CheckRow[]): { rules: string[], counties: string[] } {
  const rules = new Set<string>()
  const counties = new Set<string>()
  for (const r of rows) {
    rules.add(r.check)
    if (r.region !== null)
      counties.add(r.region)
  }
  return { rules: [...rules].sort(), counties: [...counties].sort() }
}
