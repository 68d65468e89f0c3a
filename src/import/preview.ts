import type { Dataset } from '../data/dataset'
import type { SourcedReport } from '../schema/snapshot'
import type { MatchReason } from './duplicates'
import { indicatorOrder } from '../catalog/indicators'

/** One value as the duplicate comparison shows it. */
export interface PreviewValue {
  value: number
  unit: string
  approx: boolean
}

/** A report as the duplicates dialog shows it, side by side with its match. */
export interface ReportPreview {
  id: string
  title: string | null
  region: string | null
  agency: string | null
  year: number | null
  format: string | null
  origin: 'incoming' | 'bundled' | 'imported'
  /** The file it came from (an import's file, a snapshot report's source file). */
  file: string | null
  values: ReadonlyMap<string, PreviewValue>
}

/** An incoming report and the loaded reports it duplicates. */
export interface DuplicatePair {
  incoming: ReportPreview
  existing: ReportPreview[]
  reason: MatchReason
}

export function previewOfReport(r: SourcedReport): ReportPreview {
  return {
    id: r.id,
    title: r.title,
    region: r.region,
    agency: r.agency,
    year: r.year,
    format: r.format,
    origin: 'incoming',
    file: r.file,
    values: new Map(r.observations.map(o => [o.indicator, { value: o.value, unit: o.unit, approx: o.approx }])),
  }
}

/** Report `r` of the loaded dataset, read from its typed arrays. */
export function previewOfLoaded(ds: Dataset, r: number): ReportPreview {
  const report = ds.reports[r]!
  const values = new Map<string, PreviewValue>()
  for (let i = ds.reportOffsets[r]!; i < ds.reportOffsets[r + 1]!; i++)
    values.set(ds.indicators[ds.obsIndicator[i]!]!, { value: ds.obsValue[i]!, unit: ds.units[ds.obsUnit[i]!]!, approx: ds.obsApprox[i] === 1 })
  return {
    id: report.id,
    title: report.title,
    region: report.region,
    agency: report.agency,
    year: report.year,
    format: report.format,
    origin: ds.parts[ds.reportPart[r]!]!.origin,
    file: report.file,
    values,
  }
}

export interface ComparisonRow {
  indicator: string
  incoming: PreviewValue | null
  existing: PreviewValue | null
  /** Both state it and disagree, or only one states it. */
  differs: boolean
}

/** Every indicator either report states, in catalog order; absent stays null (never 0). */
export function compareValues(incoming: ReportPreview, existing: ReportPreview): ComparisonRow[] {
  const ids = [...new Set([...incoming.values.keys(), ...existing.values.keys()])]
  ids.sort((a, b) => indicatorOrder(a) - indicatorOrder(b) || a.localeCompare(b))
  return ids.map((indicator) => {
    const a = incoming.values.get(indicator) ?? null
    const b = existing.values.get(indicator) ?? null
    return { indicator, incoming: a, existing: b, differs: a?.value !== b?.value || a?.unit !== b?.unit }
  })
}
