import type { Combined, RegionYearCell } from '../data/aggregate'
import type { Dataset } from '../data/dataset'
import type { Source } from '../schema/report'
import type { CompareRow, HeatmapCell, TrendSeries, ValueCell } from './types'
import { SOURCES } from '../data/enums'

/**
 * The store's aggregates → the plain rows the chart builders take
 * (./types.ts). Labels come in translated; nothing here renders.
 */

/** A place's display name. */
export type Label = (region: string) => string

/** Source lists by bit mask, shared: thousands of cells need only these eight. */
const SOURCE_LISTS: readonly (readonly Source[])[] = Array.from({ length: 1 << SOURCES.length }, (_, mask) =>
  SOURCES.filter((_, i) => (mask & (1 << i)) !== 0))

function sourcesOf(mask: number): readonly Source[] {
  return SOURCE_LISTS[mask] ?? SOURCES.filter((_, i) => (mask & (1 << i)) !== 0)
}

export function toValueCell(ds: Dataset, c: Combined): ValueCell {
  const reportIds: string[] = []
  let imported = false
  for (const r of c.reportIndices) {
    reportIds.push(ds.reports[r]!.id)
    imported ||= ds.parts[ds.reportPart[r]!]?.origin === 'imported'
  }
  const cell: ValueCell = {
    value: c.value,
    approx: c.approx,
    sources: sourcesOf(c.sources),
    reportIds,
  }
  // Imported data is marked wherever it appears: charts' tooltips and tables read this.
  if (imported)
    cell.imported = true
  return cell
}

const ABSENT: ValueCell = { value: null, approx: false, sources: [], reportIds: [] }

/**
 * One row per county in scope: its latest cell (labelled with the year it
 * comes from), or absent when no selected report states the indicator.
 */
export function compareRows(ds: Dataset, latest: readonly RegionYearCell[], scope: readonly string[], label: Label, withYear: (name: string, year: number) => string): CompareRow[] {
  const byRegion = new Map(latest.map(c => [ds.regions[c.region]!, c]))
  // A Set, not scope.includes: 2,800 counties squared is 8 million comparisons.
  const inScope = new Set(scope)
  const regions = [...scope, ...[...byRegion.keys()].filter(r => !inScope.has(r))]
  return regions.map((region) => {
    const c = byRegion.get(region)
    return c
      ? { region, label: withYear(label(region), c.year), ...toValueCell(ds, c) }
      : { region, label: label(region), ...ABSENT }
  })
}

/** One line per county with at least one stated year. */
export function trendSeries(ds: Dataset, cells: readonly RegionYearCell[], label: Label): TrendSeries[] {
  const series = new Map<number, TrendSeries & { points: TrendSeries['points'][number][] }>()
  for (const c of cells) {
    let s = series.get(c.region)
    if (!s) {
      const region = ds.regions[c.region]!
      series.set(c.region, s = { region, label: label(region), points: [] })
    }
    s.points.push({ year: c.year, ...toValueCell(ds, c) })
  }
  return [...series.values()]
}

/**
 * County × year cells; counties in scope without any stated value get
 * absent cells, so they appear as rows of "no data" rather than vanish.
 */
export function heatmapCells(ds: Dataset, cells: readonly RegionYearCell[], scope: readonly string[], years: readonly number[], label: Label): HeatmapCell[] {
  const out: HeatmapCell[] = cells.map(c => ({ region: ds.regions[c.region]!, label: label(ds.regions[c.region]!), year: c.year, ...toValueCell(ds, c) }))
  const stated = new Set(out.map(c => c.region))
  const firstYear = years[0]
  if (firstYear !== undefined) {
    for (const region of scope) {
      if (!stated.has(region))
        out.push({ region, label: label(region), year: firstYear, ...ABSENT })
    }
  }
  return out
}
