import type { Combined, RegionYearCell } from '../data/aggregate'
import type { Dataset } from '../data/dataset'
import type { AgencyKind, Source } from '../schema/report'
import type { CompareRow, HeatmapCell, NotTakenValue, TrendSeries, ValueCell } from './types'
import { cellsByRegion } from '../data/aggregate'
import { SOURCES } from '../data/enums'
import { listOfOne } from '../data/list-of-one'

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

/** The agency a report speaks for: its name, else its id (never blank). */
export function agencyOf(ds: Dataset, r: number): string {
  return ds.reports[r]!.agency ?? ds.reports[r]!.id
}

const oneId = listOfOne((ds, r) => ds.reports[r]!.id)
const oneAgency = listOfOne(agencyOf)

/** The ids and agencies of a cell's reports; a cell of one report shares its lists (`listOfOne`). */
function reportLists(ds: Dataset, indices: readonly number[]): { reportIds: readonly string[], agencies: readonly string[] } {
  if (indices.length === 1)
    return { reportIds: oneId(ds, indices[0]!), agencies: oneAgency(ds, indices[0]!) }
  return { reportIds: indices.map(r => ds.reports[r]!.id), agencies: indices.map(r => agencyOf(ds, r)) }
}

export function toValueCell(ds: Dataset, c: Combined): ValueCell {
  const { reportIds, agencies } = reportLists(ds, c.reportIndices)
  const imported = c.reportIndices.some(r => ds.parts[ds.reportPart[r]!]?.origin === 'imported')
  const cell: ValueCell = {
    value: c.value,
    approx: c.approx,
    sources: sourcesOf(c.sources),
    reportIds,
    agencies,
  }
  // Imported data is marked wherever it appears: charts' tooltips and tables read this.
  if (imported)
    cell.imported = true
  return cell
}

const ABSENT: ValueCell = { value: null, approx: false, sources: [], reportIds: [] }
const NO_REPORT: ValueCell = { ...ABSENT, noReport: true }

/** An absent value: 无报告 when `reported` is known and lacks the county, else 无数据. */
function absent(region: string, reported: ReadonlySet<string> | undefined): ValueCell {
  return reported && !reported.has(region) ? NO_REPORT : ABSENT
}

/**
 * A compare row's label from the county's name, the year its value comes
 * from and the agency kinds of the reports behind it (null: unknown kind).
 */
export type BasisLabel = (name: string, year: number, kinds: readonly (AgencyKind | null)[]) => string

/**
 * One row per county in scope: its latest cell in range (labelled with the
 * year and the agency kinds it comes from, the other years listed as not
 * taken), or absent when no selected report states the indicator. `cells`
 * are every county-year cell in range (the store's regionYearCells).
 */
export function compareRows(ds: Dataset, cells: readonly RegionYearCell[], scope: readonly string[], label: Label, withBasis: BasisLabel, reported?: ReadonlySet<string>): CompareRow[] {
  const byRegion = new Map<string, RegionYearCell[]>()
  for (const [code, list] of cellsByRegion(cells))
    byRegion.set(ds.regions[code]!, list)
  const row = (region: string): CompareRow => {
    const list = byRegion.get(region)
    const c = list?.[0]
    if (!list || !c)
      return { region, label: label(region), ...absent(region, reported) }
    const kinds = c.reportIndices.map(r => ds.reports[r]!.agencyKind)
    const out: CompareRow = { region, label: withBasis(label(region), c.year, kinds), year: c.year, ...toValueCell(ds, c) }
    if (list.length > 1)
      out.notTaken = notTakenOf(ds, list)
    return out
  }
  const rows = scope.map(row)
  // A Set, not scope.includes: 2,800 counties squared is 8 million comparisons.
  const inScope = new Set(scope)
  for (const region of byRegion.keys()) {
    if (!inScope.has(region))
      rows.push(row(region))
  }
  return rows
}

/**
 * A county's older cells (all but the first, its latest), described when
 * first asked for: only a tooltip reads them. Built for every county on each
 * filter change, they were half of the rows' time at 2,800 counties and ten
 * years (issue 13).
 */
function notTakenOf(ds: Dataset, latestFirst: readonly RegionYearCell[]): () => readonly NotTakenValue[] {
  let described: readonly NotTakenValue[] | undefined
  return () => described ??= latestFirst.slice(1).map(o => ({ year: o.year, value: o.value, approx: o.approx, agencies: o.reportIndices.map(r => agencyOf(ds, r)) }))
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
export function heatmapCells(ds: Dataset, cells: readonly RegionYearCell[], scope: readonly string[], years: readonly number[], label: Label, reported?: ReadonlySet<string>): HeatmapCell[] {
  const out: HeatmapCell[] = cells.map(c => ({ region: ds.regions[c.region]!, label: label(ds.regions[c.region]!), year: c.year, ...toValueCell(ds, c) }))
  const stated = new Set(out.map(c => c.region))
  const firstYear = years[0]
  if (firstYear !== undefined) {
    for (const region of scope) {
      if (!stated.has(region))
        out.push({ region, label: label(region), year: firstYear, ...absent(region, reported) })
    }
  }
  return out
}
