import type { AgencyKind } from '../schema/report'
import type { Dataset } from './dataset'
import type { Filters } from './filters'
import { gazetteerCounties } from '../catalog/gazetteer'
import { UNKNOWN } from './dataset'

/** One report in a coverage cell. */
export interface CoverageReport {
  index: number
  id: string
  kind: AgencyKind | null
  agency: string | null
  imported: boolean
}

export interface CoverageRow {
  region: string
  prefecture: string | null
  /** One list per year of `years`; an empty list is a missing report. */
  cells: CoverageReport[][]
}

export interface Coverage {
  years: number[]
  rows: CoverageRow[]
}

/**
 * The counties the matrix lists: every gazetteer county the filters cover
 * (so a county without reports shows as a gap, not as nothing), then any
 * other region a selected report names (the scope rule is gazetteerCounties').
 */
export function coverageRegions(ds: Dataset, mask: Uint8Array, f: Filters): { region: string, prefecture: string | null }[] {
  const out: { region: string, prefecture: string | null }[] = gazetteerCounties(new Set(ds.prefectures), f)
  const seen = new Set(out.map(c => c.region))
  for (let r = 0; r < ds.reports.length; r++) {
    const region = ds.reportRegion[r]!
    const name = ds.regions[region]!
    if (mask[r] === 1 && region !== UNKNOWN && !seen.has(name)) {
      seen.add(name)
      out.push({ region: name, prefecture: ds.regionPrefecture[region] ?? null })
    }
  }
  return out
}

/** Names of the regions that have at least one selected report (the others show 无报告). */
export function regionsWithReports(ds: Dataset, mask: Uint8Array): Set<string> {
  const out = new Set<string>()
  for (let r = 0; r < ds.reports.length; r++) {
    const region = ds.reportRegion[r]!
    if (mask[r] === 1 && region !== UNKNOWN)
      out.add(ds.regions[region]!)
  }
  return out
}

/** The years the matrix spans: the filter's range, else the data's, without holes. */
export function coverageYears(ds: Dataset, f: Filters): number[] {
  const first = f.from ?? ds.years[0]
  const last = f.to ?? ds.years[ds.years.length - 1]
  if (first === undefined || last === undefined || last < first)
    return []
  return Array.from({ length: last - first + 1 }, (_, i) => first + i)
}

/** Which selected reports exist per county and year. */
export function buildCoverage(ds: Dataset, mask: Uint8Array, f: Filters): Coverage {
  const years = coverageYears(ds, f)
  const yearAt = new Map(years.map((y, i) => [y, i]))
  const rows = coverageRegions(ds, mask, f).map(({ region, prefecture }) => {
    const cells: CoverageReport[][] = years.map(() => [])
    const code = ds.regions.indexOf(region)
    for (const r of code >= 0
      ? ds.reportsByRegion[code]!
      : []) {
      const at = yearAt.get(ds.reportYear[r]!)
      if (mask[r] === 0 || at === undefined)
        continue
      const report = ds.reports[r]!
      cells[at]!.push({
        index: r,
        id: report.id,
        kind: report.agencyKind,
        agency: report.agency,
        imported: ds.parts[ds.reportPart[r]!]!.origin === 'imported',
      })
    }
    return { region, prefecture, cells }
  })
  return { years, rows }
}
