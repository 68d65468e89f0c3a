import type { AgencyKind } from '../schema/report'
import type { EvidenceFile, PrintsFile, ReportEntry } from '../schema/snapshot'
import type { DecodedColumns } from './columns'
import { AGENCY_KINDS } from './enums'
import { dictionary } from './dictionary'

/** Where a group of reports came from: the loaded snapshot or a browser import. */
export type PartOrigin = 'bundled' | 'imported'

/**
 * A group of reports loaded together: the dataset's snapshot, or one import
 * (which can later be removed as a whole).
 */
export interface DatasetPart {
  /** Stable id: the dataset name for the snapshot, a generated id for imports. */
  readonly id: string
  readonly origin: PartOrigin
  /** What the user recognises it by (dataset description, file name). */
  readonly label: string
  readonly reports: readonly ReportEntry[]
  readonly columns: DecodedColumns
  /** Evidence held in memory (imports); snapshot evidence is fetched per report. */
  readonly evidence?: ReadonlyMap<string, EvidenceFile>
  /** The audit's section prints held in memory (imports); the snapshot's are fetched when the audit first runs. */
  readonly prints?: PrintsFile
  /**
   * Ids of reports in earlier parts that this import replaces (the user chose
   * "replace" for a duplicate): hidden while this part is loaded, back when
   * it is removed.
   */
  readonly replaces?: readonly string[]
}

/** Marks an unknown region, prefecture or agency kind in the report attribute arrays. */
export const UNKNOWN = -1

/**
 * Every loaded report and observation, decoded into flat typed arrays with
 * the indexes the filters and charts need. Immutable: appending an import
 * builds a new Dataset (the store swaps it in a shallowRef).
 */
export interface Dataset {
  readonly parts: readonly DatasetPart[]
  /** Report metadata and checks, parts in order. */
  readonly reports: readonly ReportEntry[]
  /** Index into `parts` per report. */
  readonly reportPart: Uint16Array
  /** Index into `regions` per report, UNKNOWN when the parser found none. */
  readonly reportRegion: Int32Array
  readonly reportPrefecture: Int32Array
  /** Statistical year per report, 0 when unknown. */
  readonly reportYear: Uint16Array
  /** Index into AGENCY_KINDS per report, UNKNOWN when unknown. */
  readonly reportKind: Int8Array
  readonly regions: readonly string[]
  /** Region name → index into `regions`. */
  readonly regionCode: ReadonlyMap<string, number>
  /** Prefecture of each region (as the reports state it). */
  readonly regionPrefecture: readonly (string | null)[]
  readonly prefectures: readonly string[]
  /** Distinct known years, ascending. */
  readonly years: readonly number[]
  readonly reportById: ReadonlyMap<string, number>
  /** Report indices per region code. */
  readonly reportsByRegion: readonly Uint32Array[]
  /** Observations of report r are [reportOffsets[r], reportOffsets[r + 1]). */
  readonly reportOffsets: Uint32Array
  readonly indicators: readonly string[]
  readonly indicatorCode: ReadonlyMap<string, number>
  readonly units: readonly string[]
  readonly obsIndicator: Uint16Array
  readonly obsValue: Float64Array
  readonly obsUnit: Uint16Array
  readonly obsApprox: Uint8Array
  readonly obsSource: Uint8Array
  readonly obsReport: Uint32Array
  /** Observation indices per indicator code, ascending (so grouped by report). */
  readonly byIndicator: readonly Uint32Array[]
}

/**
 * Concatenate parts into one Dataset; later parts' duplicate report ids are
 * dropped, and reports a later part replaces are left out.
 */
export function combineParts(parts: readonly DatasetPart[]): Dataset {
  const reports: ReportEntry[] = []
  const kept: Kept[] = []
  const reportById = new Map<string, number>()
  // hiddenAfter[p]: ids replaced by some part after p.
  const hiddenAfter: ReadonlySet<string>[] = []
  for (let p = parts.length - 1, hidden = new Set<string>(); p >= 0; p--) {
    hiddenAfter[p] = hidden
    if (parts[p]!.replaces?.length)
      hidden = new Set([...hidden, ...parts[p]!.replaces!])
  }
  let obsCount = 0
  parts.forEach((part, p) => {
    part.reports.forEach((report, r) => {
      if (reportById.has(report.id) || hiddenAfter[p]!.has(report.id))
        return
      reportById.set(report.id, reports.length)
      reports.push(report)
      const from = part.columns.reportOffsets[r]!
      const to = part.columns.reportOffsets[r + 1]!
      kept.push({ part: p, report, from, to })
      obsCount += to - from
    })
  })

  const indicators = dictionary()
  const units = dictionary()
  const regions = dictionary()
  const prefectures = dictionary()
  const regionPrefecture: (string | null)[] = []
  const years = new Set<number>()
  const n = reports.length
  const reportPart = new Uint16Array(n)
  const reportRegion = new Int32Array(n)
  const reportPrefecture = new Int32Array(n)
  const reportYear = new Uint16Array(n)
  const reportKind = new Int8Array(n)
  const reportOffsets = new Uint32Array(n + 1)

  // Each part's dictionary codes are remapped to the combined dictionaries.
  const indicatorMaps = parts.map(part => Uint16Array.from(part.columns.indicators, id => indicators.code(id)))
  const unitMaps = parts.map(part => Uint16Array.from(part.columns.units, u => units.code(u)))

  let at = 0
  kept.forEach(({ part: p, report, from, to }, r) => {
    reportPart[r] = p
    if (report.region !== null) {
      const before = regions.list.length
      reportRegion[r] = regions.code(report.region)
      if (regions.list.length > before)
        regionPrefecture.push(report.prefecture)
    }
    else {
      reportRegion[r] = UNKNOWN
    }
    reportPrefecture[r] = report.prefecture === null
      ? UNKNOWN
      : prefectures.code(report.prefecture)
    reportYear[r] = report.year ?? 0
    if (report.year !== null)
      years.add(report.year)
    reportKind[r] = report.agencyKind === null
      ? UNKNOWN
      : AGENCY_KINDS.indexOf(report.agencyKind as AgencyKind)
    reportOffsets[r] = at
    at += to - from
  })
  reportOffsets[n] = at
  const obsReport = new Uint32Array(obsCount)
  for (let r = 0; r < n; r++)
    obsReport.fill(r, reportOffsets[r]!, reportOffsets[r + 1]!)
  const observations = observationColumns(parts, kept, obsCount, indicatorMaps, unitMaps)

  return {
    parts,
    reports,
    reportPart,
    reportRegion,
    reportPrefecture,
    reportYear,
    reportKind,
    regions: regions.list,
    regionCode: regions.codes,
    regionPrefecture,
    prefectures: prefectures.list,
    years: [...years].sort((a, b) => a - b),
    reportById,
    reportsByRegion: groupIndices(reportRegion, regions.list.length),
    reportOffsets,
    indicators: indicators.list,
    indicatorCode: indicators.codes,
    units: units.list,
    ...observations,
    obsReport,
    byIndicator: groupIndices(observations.obsIndicator, indicators.list.length),
  }
}

type ObservationColumns = Pick<Dataset, 'obsIndicator' | 'obsValue' | 'obsUnit' | 'obsApprox' | 'obsSource'>

interface Kept { part: number, report: ReportEntry, from: number, to: number }

const isIdentity = (map: Uint16Array) => map.every((code, i) => code === i)

/**
 * The kept reports' observations in their order, codes remapped to the
 * combined dictionaries. The snapshot as loaded (one part, every report
 * kept, its own dictionaries) keeps its columns: they are shared, not
 * copied (the Dataset and its parts are immutable), which at a million
 * observations was most of the 55–146 ms combineParts took in Node (issue 13).
 */
function observationColumns(parts: readonly DatasetPart[], kept: readonly Kept[], count: number, indicatorMaps: readonly Uint16Array[], unitMaps: readonly Uint16Array[]): ObservationColumns {
  const only = parts.length === 1 ? parts[0]!.columns : undefined
  if (only && only.value.length === count && kept.length === parts[0]!.reports.length && isIdentity(indicatorMaps[0]!) && isIdentity(unitMaps[0]!))
    return { obsIndicator: only.indicator, obsValue: only.value, obsUnit: only.unit, obsApprox: only.approx, obsSource: only.source }
  const out = {
    obsIndicator: new Uint16Array(count),
    obsValue: new Float64Array(count),
    obsUnit: new Uint16Array(count),
    obsApprox: new Uint8Array(count),
    obsSource: new Uint8Array(count),
  }
  let at = 0
  for (const { part: p, from, to } of kept) {
    const columns = parts[p]!.columns
    const indicatorMap = indicatorMaps[p]!
    const unitMap = unitMaps[p]!
    for (let i = from; i < to; i++, at++) {
      out.obsIndicator[at] = indicatorMap[columns.indicator[i]!]!
      out.obsValue[at] = columns.value[i]!
      out.obsUnit[at] = unitMap[columns.unit[i]!]!
      out.obsApprox[at] = columns.approx[i]!
      out.obsSource[at] = columns.source[i]!
    }
  }
  return out
}

/** Indices of `codes` grouped by code value (two passes, no intermediate arrays). */
function groupIndices(codes: ArrayLike<number>, groups: number): Uint32Array[] {
  const sizes = new Uint32Array(groups)
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i]!
    if (c >= 0)
      sizes[c]!++
  }
  const out = Array.from(sizes, size => new Uint32Array(size))
  const fill = new Uint32Array(groups)
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i]!
    if (c >= 0)
      out[c]![fill[c]!++] = i
  }
  return out
}
