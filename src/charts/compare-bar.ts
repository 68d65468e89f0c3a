import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts'
import type { ChartTheme } from './theme'
import type { BaseChartOptions, ChartDatum, ChartOption, CompareRow } from './types'
import { medianOfSorted } from '../data/median'
import { datumOf } from './datum'
import { escapeHtml, formatNumber, formatValue } from './format'
import { flagLabel } from './flags'
import { rankDescending, splitTopBottom } from './rank'
import { fill, withUnit } from './strings'
import { approxDecal, chartTheme } from './theme'
import { cellTooltip, notTakenLines } from './tooltip'

export interface CompareBarOptions extends BaseChartOptions {
  /** Most bars drawn; beyond it the top and bottom halves are kept and the middle summarised. Default 40. */
  maxBars?: number
  /** Regions to emphasise (e.g. the ones selected in the filters). */
  highlight?: readonly string[]
  /** Leave values flagged by a check out of the median (`?xflag=1`). */
  excludeFlagged?: boolean
  /**
   * Widest a county's label may be, in px (a phone's narrow chart): longer
   * ones end in … (the tooltip and the ranking table give them whole).
   * Unset: labels take the width they need.
   */
  labelWidth?: number
}

/** Category key of the summary bar; a NUL prefix no region name carries. */
export const REST_KEY = '\u0000rest'

/** More rows than this get a scrollable window (dataZoom) instead of squeezed bars. */
const VISIBLE_ROWS = 30

interface BarItem {
  value: number | null
  datum: ChartDatum
  label?: { formatter: string }
  itemStyle?: { borderColor: string, borderWidth: number }
}

/** Which counties get a bar, in which order, and what summarises the rest. */
interface BarLayout {
  present: CompareRow[]
  absent: CompareRow[]
  /** The counties not drawn (national scale), summarised by `restRow`. */
  rest: CompareRow[]
  /** The categories top to bottom: top counties, the summary, bottom counties, absent ones. */
  categories: CompareRow[]
  restRow: CompareRow | null
  byKey: Map<string, CompareRow>
  /** Median of every stated value (the reference line). */
  median: number | null
  /** More counties than bars: the middle is summarised and absent ones only counted. */
  national: boolean
  top: number
  bottom: number
}

/**
 * 区县对比: one indicator across counties as horizontal bars, largest on
 * top, with the median of every stated value as a reference line. Absent
 * counties are listed last with "no data" and no bar (never a 0 bar).
 * Approximate values are hatched and labelled ≈. Category values are the
 * `region` keys, so a click on a label yields the region.
 */
export function buildCompareBarOption(rows: readonly CompareRow[], opts: CompareBarOptions): ChartOption {
  const theme = chartTheme(opts.theme)
  const layout = layoutBars(rows, opts)
  const series = [...barSeries(layout, theme, opts), ...medianSeries(layout.median, theme, opts)]
  const notes = scaleNotes(layout, opts)
  const scroll = layout.categories.length > VISIBLE_ROWS

  return {
    aria: {
      enabled: true,
      label: {
        enabled: true,
        description: describe(layout, opts),
      },
    },
    animationDuration: 300,
    legend: {
      show: true,
      top: 4,
      left: 8,
      itemWidth: 14,
      itemHeight: 10,
      textStyle: { fontSize: 12 },
      data: series.map(s => s.name as string),
    },
    grid: {
      left: 8,
      right: scroll ? 44 : 16,
      top: 32,
      bottom: notes.length > 0
        ? 28
        : 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'all',
    },
    xAxis: {
      type: 'value',
      name: withUnit(opts.strings, opts.strings.value, opts.unit),
      nameLocation: 'middle',
      nameGap: 26,
      splitLine: { show: true },
      // A narrow chart gets fewer ticks, and no tick label overlaps another.
      ...(opts.labelWidth === undefined ? {} : { splitNumber: 3 }),
      axisLabel: { hideOverlap: true },
    },
    yAxis: categoryAxis(layout, theme, opts),
    dataZoom: scroll ? scrollWindow() : [],
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params: unknown) => tooltip(params, layout, opts),
    },
    graphic: notes.length > 0
      ? [
          {
            type: 'text',
            left: 8,
            bottom: 6,
            silent: true,
            style: {
              text: notes.join(opts.strings.separator),
              fill: theme.subtext,
              fontSize: 12,
            },
          },
        ]
      : [],
    series,
  }
}

/** Rank the counties; beyond `maxBars` keep the top and bottom and summarise the middle with its median. */
function layoutBars(rows: readonly CompareRow[], opts: CompareBarOptions): BarLayout {
  const { present, absent } = rankDescending(rows, r => r.region)
  const counted = opts.excludeFlagged ? present.filter(r => !r.flagged) : present
  const median = medianOfSorted(counted.map(r => r.value!).reverse())
  const maxBars = opts.maxBars ?? 40
  const national = rows.length > maxBars
  const { top, rest, bottom } = splitTopBottom(present, maxBars)
  const restRow: CompareRow | null = rest.length > 0
    ? {
        region: REST_KEY,
        label: fill(opts.strings.rest, {
          n: formatNumber(rest.length, opts.locale),
        }),
        value: medianOfSorted(rest.map(r => r.value!).reverse()),
        approx: false,
        sources: [],
        reportIds: [],
      }
    : null
  const categories = [...top, ...(restRow ? [restRow] : []), ...bottom, ...(national ? [] : absent)]
  return {
    present,
    absent,
    rest,
    categories,
    restRow,
    byKey: new Map(categories.map(r => [r.region, r])),
    median,
    national,
    top: top.length,
    bottom: bottom.length,
  }
}

/** Exact bars, hatched approximate bars and the summary bar, stacked so each category has one bar. */
function barSeries(layout: BarLayout, theme: ChartTheme, opts: CompareBarOptions): BarSeriesOption[] {
  const exact: (BarItem | null)[] = []
  const approx: (BarItem | null)[] = []
  const summary: (BarItem | null)[] = []
  for (const row of layout.categories) {
    const isRest = row === layout.restRow
    const item: BarItem = {
      value: row.value,
      datum: datumOf(isRest
        ? 'rest'
        : row.value === null
          ? 'absent'
          : 'value', row, isRest
        ? {}
        : { region: row.region }),
    }
    // A flagged value: outlined, and ⚠ in its label (below).
    if (row.flagged && !isRest)
      item.itemStyle = { borderColor: theme.flag, borderWidth: 2 }
    exact.push(!isRest && row.value !== null && !row.approx
      ? item
      : null)
    approx.push(!isRest && row.value !== null && row.approx
      ? item
      : null)
    summary.push(isRest ? item : null)
  }

  const valueLabel = {
    show: true,
    position: 'right' as const,
    color: theme.text,
    fontSize: 11,
    formatter: (p: { data?: unknown }) => {
      const d = (p.data as BarItem | null)?.datum
      return d
        ? flagLabel(formatValue(d.amount, { approx: d.approx, locale: opts.locale }), d.flagged)
        : ''
    },
  }
  const series: BarSeriesOption[] = [
    {
      type: 'bar',
      name: opts.strings.value,
      stack: 'value',
      data: exact,
      itemStyle: { color: theme.bar },
      label: valueLabel,
      barMaxWidth: 22,
      emphasis: { focus: 'none' },
    },
    {
      type: 'bar',
      name: opts.strings.approx,
      stack: 'value',
      data: approx,
      itemStyle: {
        color: theme.bar,
        decal: approxDecal(theme),
        opacity: 0.8,
      },
      label: valueLabel,
      barMaxWidth: 22,
    },
  ]
  if (layout.restRow) {
    series.push({
      type: 'bar',
      name: layout.restRow.label,
      stack: 'value',
      data: summary,
      itemStyle: { color: theme.summary },
      label: valueLabel,
      barMaxWidth: 22,
    })
  }
  return series
}

/**
 * The median as its own (empty) line series: its legend entry names the
 * value and toggles the line.
 */
function medianSeries(median: number | null, theme: ChartTheme, opts: CompareBarOptions): LineSeriesOption[] {
  if (median === null)
    return []
  return [{
    type: 'line',
    name: `${opts.excludeFlagged ? opts.strings.medianUnflagged : opts.strings.median} ${formatValue(median, { locale: opts.locale })}`,
    data: [],
    color: theme.reference,
    lineStyle: { color: theme.reference, type: 'dashed', width: 1.5 },
    symbol: 'none',
    markLine: {
      silent: true,
      symbol: 'none',
      lineStyle: { color: theme.reference, type: 'dashed', width: 1.5 },
      label: { show: false },
      data: [{ xAxis: median, name: opts.strings.median }],
    },
  }]
}

/** At national scale: how many counties are drawn, and how many have no value. */
function scaleNotes(layout: BarLayout, opts: CompareBarOptions): string[] {
  const { strings, locale } = opts
  const notes: string[] = []
  if (layout.national) {
    notes.push(fill(strings.shownOfTotal, {
      top: layout.top,
      bottom: layout.bottom,
      total: formatNumber(layout.present.length, locale),
    }))
  }
  if (layout.national && layout.absent.length > 0) {
    notes.push(fill(strings.absentCount, {
      n: formatNumber(layout.absent.length, locale),
    }))
  }
  return notes
}

/** County names on the axis: the summary in italics, absent counties with "no data", highlighted ones bold. */
function categoryAxis(layout: BarLayout, theme: ChartTheme, opts: CompareBarOptions): ChartOption['yAxis'] {
  const highlight = new Set(opts.highlight ?? [])
  return {
    type: 'category',
    inverse: true,
    triggerEvent: true,
    data: layout.categories.map(r => r.region),
    axisTick: { show: false },
    axisLabel: {
      interval: 0,
      fontSize: 12,
      ...(opts.labelWidth === undefined ? {} : { width: opts.labelWidth, overflow: 'truncate' as const }),
      formatter: (key: string) => {
        const row = layout.byKey.get(key)
        if (!row)
          return key
        if (row === layout.restRow)
          return `{rest|${row.label}}`
        if (row.value === null)
          return `{absent|${row.label} · ${row.noReport ? opts.strings.noReport : opts.strings.noData}}`
        return highlight.has(row.region)
          ? `{hl|${row.label}}`
          : row.label
      },
      rich: {
        rest: { color: theme.subtext, fontStyle: 'italic' },
        absent: { color: theme.subtext },
        hl: { color: theme.text, fontWeight: 'bold' },
      },
    },
  }
}

/** A window of VISIBLE_ROWS bars, scrolled with the wheel or a slider. */
function scrollWindow(): ChartOption['dataZoom'] {
  return [
    {
      type: 'inside',
      yAxisIndex: 0,
      startValue: 0,
      endValue: VISIBLE_ROWS - 1,
      zoomOnMouseWheel: false,
      moveOnMouseWheel: true,
    },
    {
      type: 'slider',
      yAxisIndex: 0,
      right: 8,
      width: 16,
      top: 40,
      bottom: 40,
      startValue: 0,
      endValue: VISIBLE_ROWS - 1,
      showDetail: false,
      brushSelect: false,
    },
  ]
}

/** The hovered county's value and provenance; for the summary bar, the range it covers. */
function tooltip(params: unknown, layout: BarLayout, opts: CompareBarOptions): string {
  const list = Array.isArray(params)
    ? params
    : [params]
  const first = list[0] as { axisValue?: string } | undefined
  const row = first?.axisValue === undefined
    ? undefined
    : layout.byKey.get(first.axisValue)
  if (!row)
    return ''
  if (row === layout.restRow) {
    const lo = layout.rest.at(-1)?.value ?? null
    const hi = layout.rest[0]?.value ?? null
    return cellTooltip(row.label, row, opts, [
      escapeHtml(fill(opts.strings.restRange, {
        min: formatValue(lo, { locale: opts.locale }),
        max: formatValue(hi, { locale: opts.locale }),
      })),
    ])
  }
  return cellTooltip(row.label, row, opts, notTakenLines(row, opts))
}

/** Screen-reader summary: what is compared, extremes, median, how many absent. */
function describe(layout: BarLayout, opts: CompareBarOptions): string {
  const { strings, locale, unit } = opts
  const { present, absent, median } = layout
  const parts = [`${withUnit(strings, opts.indicatorLabel, unit)} ${strings.views.compare}`, opts.filterSummary]
  const first = present[0]
  const last = present.at(-1)
  if (first && last) {
    parts.push(`${first.label} ${formatValue(first.value, { approx: first.approx, locale })}`)
    if (last !== first)
      parts.push(`${last.label} ${formatValue(last.value, { approx: last.approx, locale })}`)
  }
  if (median !== null)
    parts.push(`${strings.median} ${formatValue(median, { locale })}`)
  if (absent.length > 0)
    parts.push(fill(strings.absentCount, { n: absent.length }))
  return parts.filter(Boolean).join(strings.separator)
}
