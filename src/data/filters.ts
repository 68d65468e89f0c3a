import type { AgencyKind } from '../schema/report'
import type { Dataset } from './dataset'
import { AGENCY_KINDS } from './enums'
import { UNKNOWN } from './dataset'

/** The global filters, as the URL states them (see src/data/query.ts). */
export interface Filters {
  /** Prefecture names; empty = all. */
  prefectures: readonly string[]
  /** County-level unit names; empty = all (within the prefectures). */
  counties: readonly string[]
  /** First and last statistical year, inclusive; null = open. */
  from: number | null
  to: number | null
  /** Agency kinds whose reports count; empty = all. */
  kinds: readonly AgencyKind[]
  /** The indicator the charts show. */
  indicator: string
}

export const DEFAULT_INDICATOR = 'licensing.decisions'

export const EMPTY_FILTERS: Filters = {
  prefectures: [],
  counties: [],
  from: null,
  to: null,
  kinds: [],
  indicator: DEFAULT_INDICATOR,
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

/** Whether two filter sets say the same (in the same order, as the URL would). */
export function sameFilters(a: Filters, b: Filters): boolean {
  return a === b || (a.from === b.from && a.to === b.to && a.indicator === b.indicator
    && sameList(a.prefectures, b.prefectures) && sameList(a.counties, b.counties) && sameList(a.kinds, b.kinds))
}

/** Which reports the filters keep: one byte per report, plus how many. */
export interface ReportSelection {
  readonly mask: Uint8Array
  readonly count: number
}

/** A set of codes as a lookup table, or null when the filter is off (empty). */
function lookup(names: readonly string[], dictionary: readonly string[]): Uint8Array | null {
  if (names.length === 0)
    return null
  const table = new Uint8Array(dictionary.length)
  const wanted = new Set(names)
  dictionary.forEach((name, code) => {
    if (wanted.has(name))
      table[code] = 1
  })
  return table
}

/**
 * The reports the filters keep. A report whose region, prefecture, year or
 * kind is unknown is dropped by a filter on that attribute and kept otherwise.
 */
export function selectReports(ds: Dataset, f: Filters): ReportSelection {
  const n = ds.reports.length
  const mask = new Uint8Array(n)
  const regions = lookup(f.counties, ds.regions)
  const prefectures = lookup(f.prefectures, ds.prefectures)
  const kinds = f.kinds.length === 0
    ? null
    : new Set(f.kinds.map(k => AGENCY_KINDS.indexOf(k)))
  const from = f.from ?? 0
  const to = f.to ?? 0xFFFF
  const yearFilter = f.from !== null || f.to !== null
  let count = 0
  for (let r = 0; r < n; r++) {
    const region = ds.reportRegion[r]!
    if (regions && (region === UNKNOWN || regions[region] === 0))
      continue
    const prefecture = ds.reportPrefecture[r]!
    if (prefectures && (prefecture === UNKNOWN || prefectures[prefecture] === 0))
      continue
    const year = ds.reportYear[r]!
    if (yearFilter && (year === 0 || year < from || year > to))
      continue
    if (kinds && !kinds.has(ds.reportKind[r]!))
      continue
    mask[r] = 1
    count++
  }
  return { mask, count }
}
