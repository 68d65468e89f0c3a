import type { Dataset } from './dataset'
import { UNKNOWN } from './dataset'
import { listOfOne } from './list-of-one'
import { median } from './median'

/** `[report]`, shared by the cells that report alone makes up. */
const oneReport = listOfOne((_, report) => report)

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
  reportIndices: readonly number[]
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
 *
 * Counting sort into typed arrays rather than a Map of accumulators: at a
 * million observations this runs on every filter change (about 10x faster).
 */
export function aggregateRegionYear(ds: Dataset, mask: Uint8Array, indicator: string, combine: Combine): RegionYearCell[] {
  const code = ds.indicatorCode.get(indicator)
  const firstYear = ds.years[0]
  const lastYear = ds.years[ds.years.length - 1]
  if (code === undefined || firstYear === undefined || lastYear === undefined)
    return []
  const rows = ds.byIndicator[code]!
  const span = lastYear - firstYear + 1
  // Pass 1: the cell (region × year slot) of each counted observation, -1 if none.
  const slotOf = new Int32Array(rows.length)
  const counts = new Uint32Array(ds.regions.length * span + 1)
  let lastReport = -1
  for (let k = 0; k < rows.length; k++) {
    slotOf[k] = -1
    const report = ds.obsReport[rows[k]!]!
    // Only a report's first observation counts when it states one twice.
    if (mask[report] === 0 || report === lastReport)
      continue
    lastReport = report
    const region = ds.reportRegion[report]!
    const year = ds.reportYear[report]!
    if (region === UNKNOWN || year === 0)
      continue
    const slot = region * span + (year - firstYear)
    slotOf[k] = slot
    counts[slot + 1]!++
  }
  // Pass 2: observations grouped by slot, in dataset order within each.
  for (let i = 1; i < counts.length; i++)
    counts[i]! += counts[i - 1]!
  const grouped = new Uint32Array(counts[counts.length - 1]!)
  const fill = counts.slice(0, -1)
  for (let k = 0; k < rows.length; k++) {
    const slot = slotOf[k]!
    if (slot >= 0)
      grouped[fill[slot]!++] = rows[k]!
  }
  const cells: RegionYearCell[] = []
  for (let slot = 0; slot < counts.length - 1; slot++) {
    const from = counts[slot]!
    const to = counts[slot + 1]!
    if (from === to)
      continue
    let sum = 0
    let approx = false
    let sources = 0
    // Only a median needs the values themselves.
    const values: number[] | null = combine === 'median' ? [] : null
    const several: number[] | null = to - from > 1 ? [] : null
    for (let g = from; g < to; g++) {
      const obs = grouped[g]!
      const v = ds.obsValue[obs]!
      sum += v
      values?.push(v)
      approx ||= ds.obsApprox[obs] === 1
      sources |= 1 << ds.obsSource[obs]!
      several?.push(ds.obsReport[obs]!)
    }
    const reportIndices = several ?? oneReport(ds, ds.obsReport[grouped[from]!]!)
    cells.push({
      value: values ? median(values) : sum,
      approx,
      reports: reportIndices.length,
      sources,
      reportIndices,
      region: Math.floor(slot / span),
      year: firstYear + (slot % span),
    })
  }
  return cells
}

/** The whole selection combined into one number (KPI cards), or null when no report states it. */
export function aggregateTotal(ds: Dataset, mask: Uint8Array, indicator: string, combine: Combine): Combined | null {
  const a = accumulator()
  forEachObservation(ds, mask, indicator, (report, obs) => add(a, ds, report, obs))
  return a.reportIndices.length === 0
    ? null
    : finish(a, combine)
}

/** Each region's cells, latest year first: the first is what the county comparison shows, the rest what it did not take. */
export function cellsByRegion(cells: readonly RegionYearCell[]): Map<number, RegionYearCell[]> {
  const out = new Map<number, RegionYearCell[]>()
  for (const c of cells) {
    const list = out.get(c.region)
    if (list)
      list.push(c)
    else
      out.set(c.region, [c])
  }
  for (const list of out.values())
    list.sort((a, b) => b.year - a.year)
  return out
}

/** Per region, its most recent cell: what the county comparison shows. */
export function latestByRegion(cells: readonly RegionYearCell[]): RegionYearCell[] {
  return [...cellsByRegion(cells).values()].map(list => list[0]!)
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
