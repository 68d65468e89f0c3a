import type { ChartStrings } from './strings'
import type { ChartTable, ChartTableCell, HeatmapCell, TrendSeries, YearValue } from './types'
import { formatSources, yoyChange } from './format'
import { withUnit } from './strings'
import { groupCells, seriesYears, yearAxis } from './years'

interface YearTableOptions {
  unit: string
  strings: ChartStrings
  years?: readonly number[]
  /** `yoy` tabulates the year-on-year change, as the trend chart plots it in that mode. */
  mode?: 'value' | 'yoy'
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
  const rows = input.map((s) => {
    const byYear = new Map(s.points.map(p => [p.year, p]))
    const row: Record<string, ChartTableCell> = { region: s.label }
    for (const year of years) {
      const p = byYear.get(year)
      const value = p?.value ?? null
      row[`y${year}`] = yoy ? roundChange(yoyChange(value, byYear.get(year - 1)?.value ?? null, unit)) : value
      row[`a${year}`] = !yoy && value !== null && p?.approx ? '≈' : ''
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

/** The overview chart's table: year, value, ≈, source, number of reports. */
export function buildYearValueTable(points: readonly YearValue[], opts: YearTableOptions): ChartTable {
  const { strings } = opts
  const byYear = new Map(points.map(p => [p.year, p]))
  return {
    columns: [
      { key: 'year', label: strings.year },
      { key: 'value', label: withUnit(strings, strings.value, opts.unit), numeric: true, approxKey: 'approx' },
      { key: 'approx', label: strings.approx, csvOnly: true },
      { key: 'source', label: strings.source },
      { key: 'reports', label: strings.reportCount, numeric: true },
    ],
    rows: yearAxis(points.map(p => p.year), opts.years).map((year) => {
      const p = byYear.get(year)
      return {
        year,
        value: p?.value ?? null,
        approx: p?.value != null && p.approx ? '≈' : '',
        source: p ? formatSources(p.sources, strings) : '',
        reports: p?.reportIds.length ?? 0,
      }
    }),
  }
}

/** One decimal, like the tooltip. */
function roundChange(change: number | null): number | null {
  return change === null ? null : Math.round(change * 10) / 10
}
