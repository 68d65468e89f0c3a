import type { Source } from '../schema/report'
import type { Dataset } from './dataset'
import { SOURCES } from './enums'

/** One observation of one report, as the report detail lists it. */
export interface ReportObservation {
  /** Position within the report: aligns with the evidence file's observations. */
  index: number
  indicator: string
  value: number
  unit: string
  approx: boolean
  source: Source
}

/** A report's observations, in the order the snapshot holds them. */
export function reportObservations(ds: Dataset, report: number): ReportObservation[] {
  const from = ds.reportOffsets[report]!
  const to = ds.reportOffsets[report + 1]!
  const out: ReportObservation[] = []
  for (let i = from; i < to; i++) {
    out.push({
      index: i - from,
      indicator: ds.indicators[ds.obsIndicator[i]!]!,
      value: ds.obsValue[i]!,
      unit: ds.units[ds.obsUnit[i]!]!,
      approx: ds.obsApprox[i] === 1,
      source: SOURCES[ds.obsSource[i]!] ?? 'derived',
    })
  }
  return out
}
