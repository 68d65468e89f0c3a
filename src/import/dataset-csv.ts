import type { Dataset } from '../data/dataset'
import type { TidySource } from '../export/tidy-csv'
import type { EvidenceFile } from '../schema/snapshot'
import { SOURCES } from '../schema/report'

/**
 * Every observation of the loaded dataset (snapshot and imports) as tidy CSV
 * rows, in dataset order. Evidence comes from the per-report evidence files
 * (aligned with the report's observations); a report without one exports
 * empty evidence. A generator, so a million rows are never all objects at once.
 */
export function* datasetTidySources(ds: Dataset, evidence: ReadonlyMap<string, EvidenceFile | null>): Generator<TidySource> {
  for (let r = 0; r < ds.reports.length; r++) {
    const report = ds.reports[r]!
    const detail = evidence.get(report.id) ?? null
    const from = ds.reportOffsets[r]!
    const to = ds.reportOffsets[r + 1]!
    for (let i = from; i < to; i++) {
      yield {
        report,
        observation: {
          indicator: ds.indicators[ds.obsIndicator[i]!]!,
          value: ds.obsValue[i]!,
          unit: ds.units[ds.obsUnit[i]!]!,
          approx: ds.obsApprox[i] === 1,
          source: SOURCES[ds.obsSource[i]!]!,
          evidence: detail?.observations[i - from]?.evidence ?? '',
        },
      }
    }
  }
}
