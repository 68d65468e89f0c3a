import type { HeatmapSeriesOption } from 'echarts/charts'
import type { BaseChartOptions, ChartDatum, ChartOption, HeatmapCell, TrendPoint, TrendSeries } from './types'
import type { Theme } from '../data/query'
import { datumOf } from './datum'
import { flagLabel } from './flags'
import { escapeHtml, formatNumber, formatValue, formatYoy, yoyChange } from './format'
import { fill, withUnit } from './strings'
import { scaleRange, sequentialScale } from './scale'
import { noDataSwatch } from './swatch'
import { chartTheme, noDataDecal } from './theme'
import { cellTooltip } from './tooltip'
import { groupCells, rankSeries, yearAxis } from './years'

export interface HeatmapOptions extends BaseChartOptions {
  /** Years (columns); default every year from the first to the last cell. */
  years?: readonly number[]
  /** Most county rows; beyond it the top ones by latest value are kept. Default 40. */
  maxRows?: number
  /** Numbers inside cells; default when there are at most 400 cells and every number fits its cell. */
  showLabels?: boolean
  /** The chart's width in px, when known: numbers wider than a cell are left out (a phone). */
  width?: number
}

/** Width of a text in px at `size`: CJK characters are square, others about 0.6 em. */
function textWidth(text: string, size: number): number {
  let w = 0
  for (const ch of text)
    w += ch.charCodeAt(0) > 0x2E80 ? size : size * 0.6
  return w
}

/** More rows than this scroll (dataZoom) rather than shrink below legibility. */
const VISIBLE_ROWS = 25

/** The constant the "no data" series carries; its visualMap has exactly this one piece. */
const ABSENT_MARK = 1

interface HeatItem {
  value: [number, number, number]
  datum: ChartDatum
  label?: { color: string }
}

/**
 * 热力图: counties (rows, in input order) × years (columns). Stated values
 * are coloured on a viridis scale; a county-year no report states is a
 * separate series drawn grey and hatched, outside the colour scale, with
 * "无数据" in the tooltip and its own legend entry, so it never reads as 0.
 * At national scale the top `maxRows` counties by latest value are kept
 * (then in that order) with a note, and rows scroll.
 */
export function buildHeatmapOption(cells: readonly HeatmapCell[], opts: HeatmapOptions): ChartOption {
  const theme = chartTheme(opts.theme)
  const { strings, locale } = opts
  const all = groupCells(cells)
  const maxRows = opts.maxRows ?? 40
  const rows = all.length > maxRows ? rankSeries(all).slice(0, maxRows) : all
  const years = yearAxis(cells.map(c => c.year), opts.years)
  const byRegion = new Map<string, { series: TrendSeries, byYear: Map<number, TrendPoint> }>(
    rows.map(s => [s.region, { series: s, byYear: new Map(s.points.map(p => [p.year, p])) }]),
  )

  const { min, max } = scaleRange(rows.flatMap(s => s.points.flatMap(p => p.value === null ? [] : [p.value])), opts.unit)

  const scroll = rows.length > VISIBLE_ROWS
  const showLabels = opts.showLabels ?? (rows.length * years.length <= 400 && labelsFit())
  /** Every cell's number narrower than its cell, given the chart width (unknown: assume they fit). */
  function labelsFit(): boolean {
    if (opts.width === undefined || years.length === 0)
      return true
    const axis = Math.max(0, ...rows.map(s => textWidth(s.label, 12))) + 8
    const cell = (opts.width - 8 - (scroll ? 44 : 16) - axis) / years.length
    let widest = 0
    for (const s of rows) {
      for (const p of s.points) {
        if (p.value !== null)
          widest = Math.max(widest, textWidth(formatValue(p.value, { approx: p.approx, locale }), 11))
      }
    }
    return widest + 6 <= cell
  }
  const present: HeatItem[] = []
  const absent: HeatItem[] = []
  rows.forEach((s, y) => {
    const ix = byRegion.get(s.region)!
    years.forEach((year, x) => {
      const p = ix.byYear.get(year)
      if (p && p.value !== null) {
        const t = Math.min(1, Math.max(0, (p.value - min) / (max - min)))
        present.push({ value: [x, y, p.value], datum: datumOf('value', p, { region: s.region, year }), label: { color: labelColor(t, theme.name) } })
      }
      else {
        absent.push({ value: [x, y, ABSENT_MARK], datum: datumOf('absent', p ?? { value: null, approx: false, sources: [], reportIds: [] }, { region: s.region, year }) })
      }
    })
  })

  const labelFormatter = (p: { data?: unknown }) => {
    const d = (p.data as HeatItem | undefined)?.datum
    return d && d.kind === 'value' ? flagLabel(formatValue(d.amount, { approx: d.approx, locale }), d.flagged) : ''
  }
  const series: HeatmapSeriesOption[] = [
    {
      type: 'heatmap',
      name: strings.value,
      data: present,
      label: { show: showLabels, fontSize: 11, formatter: labelFormatter },
      itemStyle: { borderColor: theme.background, borderWidth: 1 },
      emphasis: { itemStyle: { borderColor: theme.text, borderWidth: 1.5 } },
    },
    {
      type: 'heatmap',
      name: strings.noData,
      data: absent,
      label: { show: false },
      itemStyle: { color: theme.noData, decal: noDataDecal(theme), borderColor: theme.background, borderWidth: 1 },
      emphasis: { itemStyle: { borderColor: theme.text, borderWidth: 1.5 } },
    },
  ]

  const note = rows.length < all.length ? fill(strings.topShown, { n: rows.length, total: formatNumber(all.length, locale) }) : ''

  return {
    aria: { enabled: true, label: { enabled: true, description: [`${withUnit(strings, opts.indicatorLabel, opts.unit)} ${strings.views.heatmap}`, opts.filterSummary, `${rows.length} × ${years.length}`, `${strings.noData} ${absent.length}`].filter(Boolean).join(strings.separator) } },
    animation: false,
    grid: { left: 8, right: scroll ? 44 : 16, top: 44, bottom: note ? 28 : 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    xAxis: { type: 'category', data: years.map(String), position: 'top', splitArea: { show: false }, axisTick: { show: false }, axisLine: { show: false } },
    yAxis: {
      type: 'category',
      data: rows.map(s => s.region),
      inverse: true,
      triggerEvent: true,
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { interval: 0, fontSize: 12, formatter: (key: string) => byRegion.get(key)?.series.label ?? key },
    },
    visualMap: [
      sequentialScale(theme, { min, max, unit: opts.unit, locale }, { orient: 'horizontal', left: 8, top: 0, itemHeight: 160 }),
      {
        // Heatmap series need a visualMap; this one only fixes the no-data
        // colour. Its legend entry is the hatched swatch in `graphic`.
        type: 'piecewise',
        seriesIndex: 1,
        show: false,
        pieces: [{ value: ABSENT_MARK, label: strings.noData, color: theme.noData }],
      },
    ],
    dataZoom: scroll
      ? [
          { type: 'inside', yAxisIndex: 0, startValue: 0, endValue: VISIBLE_ROWS - 1, zoomOnMouseWheel: false, moveOnMouseWheel: true },
          { type: 'slider', yAxisIndex: 0, right: 8, width: 16, top: 48, bottom: 32, startValue: 0, endValue: VISIBLE_ROWS - 1, showDetail: false, brushSelect: false },
        ]
      : [],
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const d = (params as { data?: HeatItem }).data?.datum
        if (!d || d.region === undefined || d.year === undefined)
          return ''
        const ix = byRegion.get(d.region)
        const label = ix?.series.label ?? d.region
        const cell = ix?.byYear.get(d.year) ?? { value: null, approx: false, sources: [], reportIds: [], noReport: ix?.series.points.some(p => p.noReport) }
        const previous = ix?.byYear.get(d.year - 1)?.value ?? null
        const extra = cell.value === null ? [] : [`${escapeHtml(strings.yoy)}${escapeHtml(strings.colon)}${escapeHtml(formatYoy(yoyChange(cell.value, previous, opts.unit), opts.unit, strings, locale))}`]
        return cellTooltip(`${label} · ${d.year}`, cell, opts, extra)
      },
    },
    graphic: [
      noDataSwatch(theme, strings.noData, { right: 16, top: 2 }),
      ...(note ? [{ type: 'text' as const, left: 8, bottom: 6, silent: true, style: { text: note, fill: theme.subtext, fontSize: 12 } }] : []),
    ],
    series,
  }
}

/** Cell text colour readable on the scale colour at position t (0 = min, 1 = max). */
function labelColor(t: number, themeName: Theme): string {
  // Light theme runs pale → dark purple; dark theme runs blue → yellow.
  const darkCell = themeName === 'light' ? t > 0.45 : t < 0.6
  return darkCell ? '#ffffff' : '#1f2225'
}
