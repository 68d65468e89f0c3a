import type { Dataset } from './dataset'
import { UNKNOWN } from './dataset'

/** How widely an indicator is stated in a selection. */
export interface IndicatorCount {
  /** Counties (regions) with at least one selected report stating it. */
  regions: number
  /** Selected reports stating it. */
  reports: number
}

/**
 * Per indicator id, how many counties and reports of the selection state it
 * (the indicator picker shows it, so a reviewer does not pick one only one
 * county states). One pass over the observations: `byIndicator` lists each
 * indicator's observations grouped by report, so a report is counted when
 * it changes, and a region once per indicator through a stamp array.
 */
export function indicatorCounts(ds: Dataset, mask: Uint8Array): Map<string, IndicatorCount> {
  const out = new Map<string, IndicatorCount>()
  const stamp = new Uint32Array(ds.regions.length)
  ds.indicators.forEach((id, code) => {
    const rows = ds.byIndicator[code] ?? new Uint32Array(0)
    let reports = 0
    let regions = 0
    let previous = -1
    for (const row of rows) {
      const r = ds.obsReport[row]!
      if (mask[r] !== 1 || r === previous || Number.isNaN(ds.obsValue[row]!))
        continue
      previous = r
      reports++
      const region = ds.reportRegion[r]!
      if (region !== UNKNOWN && stamp[region] !== code + 1) {
        stamp[region] = code + 1
        regions++
      }
    }
    out.set(id, { regions, reports })
  })
  return out
}
