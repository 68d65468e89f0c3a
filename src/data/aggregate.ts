import type { Dataset } from './dataset'
import { UNKNOWN } from './dataset'
import { median } from './median'

/** How an indicator's values combine across reports: counts add up, rates take the median. */
export type Combine = 'sum' | 'median'

/** Several reports' numbers for one indicator, combined. */
export interface Combined {
  value: number
  /** True when any combined number is hedged (余, 约, 近 …). */
  approx: boolean
  /** How many reports' numbers were combined. */
  reports: number
  /** Bit i set when an observation with SOURCES[i] took part. */
  sources: number
  /** Dataset index of every contributing report, in dataset order. */
  reportIndices: number[]
}

/** One county-year cell. */
export interface RegionYearCell extends Combined {
  /** Index into dataset.regions. */
  region: number
  year: number
}

interface Accumulator {
  sum: number
  values: number[]
  approx: boolean
  sources: number
  reportIndices: number[]
}

function accumulator(): Accumulator {
  return {
    sum: 0,
    values: [],
    approx: false,
    sources: 0,
    reportIndices: [],
  }
}

function finish(a: Accumulator, combine: Combine): Combined {
  return {
    value: combine === 'sum'
      ? a.sum
      : median(a.values),
    approx: a.approx,
    reports: a.reportIndices.length,
    sources: a.sources,
    reportIndices: a.reportIndices,
  }
}

/**
 * Visit each selected report's observation of one indicator: only the first
 * when a report states it twice (the parser should not, an import might).
 */
function forEachObservation(ds: Dataset, mask: Uint8Array, indicator: string, visit: (report: number, obs: number) => void): void {
  const code = ds.indicatorCode.get(indicator)
  if (code === undefined)
    return
  const rows = ds.byIndicator[code]!
  let lastReport = -1
  for (let k = 0; k < rows.length; k++) {
    const obs = rows[k]!
    const report = ds.obsReport[obs]!
    if (mask[report] === 0 || report === lastReport)
      continue
    lastReport = report
    visit(report, obs)
  }
}

function add(a: Accumulator, ds: Dataset, report: number, obs: number): void {
  const v = ds.obsValue[obs]!
  a.sum += v
  a.values.push(v)
  a.approx ||= ds.obsApprox[obs] === 1
  a.sources |= 1 << ds.obsSource[obs]!
  a.reportIndices.push(report)
}

/**
 * One cell per county-year where a selected report states the indicator;
 * county-years without one are absent (not 0). Several reports of one
 * county-year (after the agency-kind filter) combine by `combine`.
 * Sorted by region code, then year.
 */
export function aggregateRegionYear(ds: Dataset, mask: Uint8Array, indicator: string, combine: Combine): RegionYearCell[] {
  const cells = new Map<number, Accumulator>()
  forEachObservation(ds, mask, indicator, (report, obs) => {
    const region = ds.reportRegion[report]!
    const year = ds.reportYear[report]!
    if (region === UNKNOWN || year === 0)
      return
    const key = region * 0x10000 + year
    let a = cells.get(key)
    if (!a)
      cells.set(key, a = accumulator())
    add(a, ds, report, obs)
  })
  return [
    ...cells.entries(),
  ]
    .sort((x, y) => x[0] - y[0])
    .map(([key, a]) => ({
      ...finish(a, combine),
      region: Math.floor(key / 0x10000),
      year: key % 0x10000,
    }))
}

/** The whole selection combined into one number (KPI cards), or null when no report states it. */
export function aggregateTotal(ds: Dataset, mask: Uint8Array, indicator: string, combine: Combine): Combined | null {
  const a = accumulator()
  forEachObservation(ds, mask, indicator, (report, obs) => add(a, ds, report, obs))
  return a.reportIndices.length === 0
    ? null
    : finish(a, combine)
}

/** Per region, its most recent cell: what the county comparison shows. */
export function latestByRegion(cells: readonly RegionYearCell[]): RegionYearCell[] {
  const latest = new Map<number, RegionYearCell>()
  for (const c of cells) {
    const seen = latest.get(c.region)
    if (!seen || c.year > seen.year)
      latest.set(c.region, c)
  }
  return [
    ...latest.values(),
  ]
}

/**
 * How many county-years contribute more than one report to a combined
 * value: the reviewer is told these were added up (or their median taken).
 */
export function countMultiReportCells(ds: Dataset, reportIndices: readonly number[]): number {
  const seen = new Map<number, number>()
  for (const r of reportIndices) {
    const key = ds.reportRegion[r]! * 0x10000 + ds.reportYear[r]!
    seen.set(key, (seen.get(key) ?? 0) + 1)
  }
  let n = 0
  for (const count of seen.values()) {
    if (count > 1)
      n++
  }
  return n
}
