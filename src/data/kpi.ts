import type { Combine, Combined } from './aggregate'
import type { Dataset } from './dataset'
import { aggregateTotal } from './aggregate'
import { UNKNOWN } from './dataset'
import { AGENCY_KINDS } from './enums'
import { median } from './median'
import { yoyChange } from './yoy'

/**
 * A KPI is one year's figure, never a sum over years: the latest year in
 * range among the selected reports, with its change on the year before
 * (同比) computed over the agencies that state the indicator in both years,
 * so a county government's report one year and a bureau's the next are not
 * read as a rise or a fall.
 */

/** Agency kind of a report as the UI names it (`unknown` when the parser found none). */
export type KindKey = (typeof AGENCY_KINDS)[number] | 'unknown'

/** Change on the previous year over the agencies stating the indicator in both. */
export interface KpiChange {
  /** The year compared with. */
  previousYear: number
  /** `relative`: counts, (now − before) / before in %; `points`: rates, now − before in percentage points (yoyChange). */
  kind: 'relative' | 'points'
  /** null when no agency states the indicator in both years (or the previous figure is 0). */
  value: number | null
  /** How many agencies the change is computed over. */
  agencies: number
}

export interface KpiFigure extends Combined {
  year: number
  /** How many reports of each agency kind the figure combines, in AGENCY_KINDS order, kinds with none left out. */
  kinds: { kind: KindKey, reports: number }[]
  /** null when no selected report of the previous year states the indicator. */
  change: KpiChange | null
}

/** The latest statistical year among the selected reports, or null when none has a known year. */
export function latestSelectedYear(ds: Dataset, mask: Uint8Array): number | null {
  let latest = 0
  for (let r = 0; r < mask.length; r++) {
    if (mask[r] === 1 && ds.reportYear[r]! > latest)
      latest = ds.reportYear[r]!
  }
  return latest === 0 ? null : latest
}

/** The selected reports of one year. */
function yearMask(ds: Dataset, mask: Uint8Array, year: number): Uint8Array {
  const out = new Uint8Array(mask.length)
  for (let r = 0; r < mask.length; r++)
    out[r] = mask[r] === 1 && ds.reportYear[r] === year ? 1 : 0
  return out
}

/** An agency across years: its name, else its county and kind. */
function agencyKey(ds: Dataset, r: number): string {
  return ds.reports[r]!.agency ?? `${ds.reportRegion[r]}|${ds.reportKind[r]}`
}

/** Each agency's value of the indicator in the reports `indices` (the first report wins). */
function valuesByAgency(ds: Dataset, indicator: string, indices: readonly number[]): Map<string, number> {
  const wanted = new Set(indices)
  const out = new Map<string, number>()
  const code = ds.indicatorCode.get(indicator)
  if (code === undefined)
    return out
  for (const obs of ds.byIndicator[code]!) {
    const r = ds.obsReport[obs]!
    const key = agencyKey(ds, r)
    if (wanted.has(r) && !out.has(key))
      out.set(key, ds.obsValue[obs]!)
  }
  return out
}

function changeOf(ds: Dataset, indicator: string, combine: Combine, now: Combined, before: Combined, previousYear: number): KpiChange {
  const a = valuesByAgency(ds, indicator, before.reportIndices)
  const b = valuesByAgency(ds, indicator, now.reportIndices)
  const was: number[] = []
  const is: number[] = []
  for (const [key, v] of b) {
    if (a.has(key)) {
      was.push(a.get(key)!)
      is.push(v)
    }
  }
  const kind = combine === 'sum' ? 'relative' : 'points'
  if (was.length === 0)
    return { previousYear, kind, value: null, agencies: 0 }
  // The charts' 同比 rule (data/yoy.ts): rates (combined by their median) in points, counts in % of the year before.
  const value = kind === 'points'
    ? yoyChange(median(is), median(was), '%')
    : yoyChange(sum(is), sum(was), '')
  return { previousYear, kind, value, agencies: was.length }
}

function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0)
}

function kindsOf(ds: Dataset, reports: readonly number[]): KpiFigure['kinds'] {
  const counts = new Map<KindKey, number>()
  for (const r of reports) {
    const k = ds.reportKind[r]!
    const key: KindKey = k === UNKNOWN ? 'unknown' : AGENCY_KINDS[k]!
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...AGENCY_KINDS, 'unknown' as const]
    .filter(kind => counts.has(kind))
    .map(kind => ({ kind, reports: counts.get(kind)! }))
}

/**
 * One indicator in one year over the selected reports (agencies of that
 * year added up, or their median for rates), with its 同比; null when no
 * selected report of that year states it. `anyYear` is the selection
 * without its year range: the year before counts even when the range
 * starts at `year`.
 */
export function kpiForYear(ds: Dataset, mask: Uint8Array, indicator: string, combine: Combine, year: number, anyYear: Uint8Array = mask): KpiFigure | null {
  const now = aggregateTotal(ds, yearMask(ds, mask, year), indicator, combine)
  if (!now)
    return null
  const before = aggregateTotal(ds, yearMask(ds, anyYear, year - 1), indicator, combine)
  return {
    ...now,
    year,
    kinds: kindsOf(ds, now.reportIndices),
    change: before ? changeOf(ds, indicator, combine, now, before, year - 1) : null,
  }
}
