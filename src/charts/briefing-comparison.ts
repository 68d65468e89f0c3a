import type { Comparison } from '../audit/briefing'
import type { ChartOption, ChartTable } from './types'
import { formatValue, formatYoy } from './format'
import { chartTheme } from './theme'
import type { Theme } from '../data/query'

/** What the two-year comparison draws besides the numbers, translated by the caller. */
export interface ComparisonChartText {
  /** A row's category label: the county and agency. */
  label: (row: Comparison['rows'][number]) => string
  /** Accessible description of the chart. */
  description: string
  /** Axis name, with the unit. */
  axis: string
  /** Table headers. */
  columns: { county: string, agency: string, change: string }
  percentagePoints: string
  theme: Theme
  locale: string
}

/**
 * 两年对比: one indicator for the year and the year before, one pair of bars
 * per agency (largest of the year on top). An absent value has no bar and
 * never a 0 bar; the table says "—".
 */
export function buildComparisonOption(c: Comparison, text: ComparisonChartText): ChartOption {
  const theme = chartTheme(text.theme)
  // ECharts draws the first category at the bottom: reverse, so the largest is on top.
  const rows = [...c.rows].reverse()
  const bar = (name: string, pick: (r: Comparison['rows'][number]) => number | null, color: string) => ({
    type: 'bar' as const,
    name,
    data: rows.map(r => pick(r)),
    itemStyle: { color },
    barMaxWidth: 14,
    label: {
      show: true,
      position: 'right' as const,
      fontSize: 11,
      color: theme.subtext,
      formatter: (p: { value: unknown }) => typeof p.value === 'number' ? formatValue(p.value, { unit: c.unit === '%' ? '%' : undefined, locale: text.locale }) : '',
    },
  })
  return {
    aria: { enabled: true, label: { enabled: true, description: text.description } },
    animation: false,
    legend: { show: true, top: 4, left: 8, itemWidth: 14, itemHeight: 10, textStyle: { fontSize: 12 } },
    grid: { left: 8, right: 56, top: 32, bottom: 28, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    xAxis: { type: 'value', name: text.axis, nameLocation: 'middle', nameGap: 24, splitLine: { show: true } },
    yAxis: { type: 'category', data: rows.map(r => text.label(r)), axisLabel: { fontSize: 12 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    series: [
      bar(String(c.previousYear), r => r.previous?.value ?? null, theme.palette[1] ?? theme.summary),
      bar(String(c.year), r => r.current?.value ?? null, theme.palette[0] ?? theme.bar),
    ],
  }
}

/** The same numbers as a table (screen toggle, CSV). */
export function buildComparisonTable(c: Comparison, text: ComparisonChartText): ChartTable {
  return {
    columns: [
      { key: 'county', label: text.columns.county },
      { key: 'agency', label: text.columns.agency },
      { key: 'previous', label: String(c.previousYear), numeric: true },
      { key: 'current', label: String(c.year), numeric: true },
      { key: 'change', label: text.columns.change },
    ],
    rows: c.rows.map(r => ({
      county: text.label({ ...r, agency: null }),
      agency: r.agency ?? '—',
      previous: r.previous?.value ?? null,
      current: r.current?.value ?? null,
      change: formatYoy(r.change, c.unit, { percentagePoints: text.percentagePoints }, text.locale),
    })),
  }
}

/** Chart height for `n` agencies: room for two bars each. */
export function comparisonHeight(n: number): number {
  return Math.max(200, 72 + n * 34)
}
