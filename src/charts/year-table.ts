import type { ChartStrings } from './strings'
import type { ChartTable, ChartTableCell, HeatmapCell, TrendSeries } from './types'
import type { TrendMode } from '../data/query'
import { yoyChange } from './format'
import { withUnit } from './strings'
import { groupCells, seriesYears, yearAxis } from './years'

interface YearTableOptions {
  unit: string
  strings: ChartStrings
  years?: readonly number[]
  /** `yoy` tabulates the year-on-year change, as the trend chart plots it in that mode. */
  mode?: TrendMode
}

/**
 * County × year table behind the trend and heatmap charts: one row per
 * county, one column per year (absent = empty, shown "—"), each with a
 * CSV-only ≈ column next to it.
 */
export function buildRegionYearTable(input: readonly TrendSeries[], opts: YearTableOptions): ChartTable {
  const { strings, unit } = opts
  const years = yearAxis(seriesYears(input), opts.years)
  const yoy = opts.mode === 'yoy'
  const valueUnit = yoy ? (unit === '%' ? strings.percentagePoints : '%') : unit
  // Keys built once and values filled from the points: at 2,800 counties a
  // Map and two template strings per cell were most of the table's cost.
  const keys = years.map(year => ({ year, y: `y${year}`, a: `a${year}` }))
  const at = new Map(years.map((year, i) => [year, i]))
  const rows = input.map((s) => {
    const row: Record<string, ChartTableCell> = { region: s.label }
    if (yoy) {
      const byYear = new Map(s.points.map(p => [p.year, p]))
      for (const k of keys) {
        row[k.y] = roundChange(yoyChange(byYear.get(k.year)?.value ?? null, byYear.get(k.year - 1)?.value ?? null, unit))
        row[k.a] = ''
      }
      return row
    }
    for (const k of keys) {
      row[k.y] = null
      row[k.a] = ''
    }
    for (const p of s.points) {
      const i = at.get(p.year)
      if (i === undefined)
        continue
      row[keys[i]!.y] = p.value
      row[keys[i]!.a] = p.value !== null && p.approx ? '≈' : ''
    }
    return row
  })
  const prefix = yoy ? `${strings.yoy} ` : ''
  return {
    columns: [
      { key: 'region', label: strings.region },
      ...years.flatMap(year => [
        { key: `y${year}`, label: withUnit(strings, `${prefix}${year}`, valueUnit), numeric: true, approxKey: `a${year}` },
        { key: `a${year}`, label: `${year} ${strings.approx}`, csvOnly: true },
      ]),
    ],
    rows,
  }
}

/** The heatmap's table: its cells grouped by county. */
export function buildHeatmapTable(cells: readonly HeatmapCell[], opts: YearTableOptions): ChartTable {
  return buildRegionYearTable(groupCells(cells), opts)
}

/** One decimal, like the tooltip. */
function roundChange(change: number | null): number | null {
  return change === null ? null : Math.round(change * 10) / 10
}
