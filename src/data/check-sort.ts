import type { CheckRow } from './checks'
import { SEVERITY_RANK } from './checks'

/** Columns the checks table sorts by (`?sort=`), and the direction (`?order=`). */
export const CHECK_SORT_KEYS = ['severity', 'county', 'year'] as const
export type CheckSortKey = (typeof CHECK_SORT_KEYS)[number]
export type SortOrder = 'asc' | 'desc'

export interface CheckSort {
  key: CheckSortKey
  order: SortOrder
}

/** Most severe first: what a reviewer opens the list for. */
export const DEFAULT_CHECK_SORT: CheckSort = { key: 'severity', order: 'desc' }

const collators = new Map<string, Intl.Collator>()
function collator(locale: string): Intl.Collator {
  let c = collators.get(locale)
  if (!c)
    collators.set(locale, c = new Intl.Collator(locale))
  return c
}

/**
 * The rows in the chosen order; ties fall back to severity, county, year so
 * the order is stable. Unknown county or year sort last either way.
 */
export function sortChecks(rows: readonly CheckRow[], sort: CheckSort, locale: string): CheckRow[] {
  const names = collator(locale)
  const severity = (a: CheckRow, b: CheckRow) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]
  const county = (a: CheckRow, b: CheckRow) => a.region === b.region ? 0 : a.region === null ? Infinity : b.region === null ? -Infinity : names.compare(a.region, b.region)
  const year = (a: CheckRow, b: CheckRow) => a.year === b.year ? 0 : a.year === null ? Infinity : b.year === null ? -Infinity : a.year - b.year
  const primary = { severity, county, year }[sort.key]
  const sign = sort.order === 'asc' ? 1 : -1
  const compare = (a: CheckRow, b: CheckRow) => {
    const p = primary(a, b)
    // Unknowns (±Infinity) stay last whatever the direction.
    if (!Number.isFinite(p))
      return p > 0 ? 1 : -1
    return sign * p || -severity(a, b) || county(a, b) || year(a, b) || a.report - b.report
  }
  return [...rows].sort(compare)
}
