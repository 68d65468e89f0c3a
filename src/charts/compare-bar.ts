import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts'
import type { BaseChartOptions, ChartDatum, ChartOption, CompareRow } from './types'
import { datumOf } from './datum'
import { escapeHtml, formatNumber, formatValue } from './format'
import { rankDescending, splitTopBottom } from './rank'
import { medianOfSorted } from '../data/median'
import { fill, withUnit } from './strings'
import { approxDecal, chartTheme } from './theme'
import { cellTooltip } from './tooltip'

export interface CompareBarOptions extends BaseChartOptions {
  /** Most bars drawn; beyond it the top and bottom halves are kept and the middle summarised. Default 40. */
  maxBars?: number
  /** Regions to emphasise (e.g. the ones selected in the filters). */
  highlight?: readonly string[]
}

/** Category key of the summary bar; a NUL prefix no region name carries. */
export const REST_KEY = '\u0000rest'

/** More rows than this get a scrollable window (dataZoom) instead of squeezed bars. */
const VISIBLE_ROWS = 30

interface BarItem {
  value: number | null
  datum: ChartDatum
  label?: { formatter: string }
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
  const { strings, locale } = opts
  const { present, absent } = rankDescending(rows, r => r.region)
  const median = medianOfSorted(present.map(r => r.value!).reverse())
  const maxBars = opts.maxBars ?? 40
  const national = rows.length > maxBars
  const { top, rest, bottom } = splitTopBottom(present, maxBars)
  const shownAbsent = national
    ? []
    : absent

  const categories: CompareRow[] = [...top]
  const restRow: CompareRow | null = rest.length > 0
    ? {
        region: REST_KEY,
        label: fill(strings.rest, {
          n: formatNumber(rest.length, locale),
        }),
        value: medianOfSorted(rest.map(r => r.value!).reverse()),
        approx: false,
        sources: [],
        reportIds: [],
      }
    : null
  if (restRow)
    categories.push(restRow)
  categories.push(...bottom, ...shownAbsent)
  const byKey = new Map(categories.map(r => [r.region, r]))
  const highlight = new Set(opts.highlight ?? [])

  const exact: (BarItem | null)[] = []
  const approx: (BarItem | null)[] = []
  const summary: (BarItem | null)[] = []
  for (const row of categories) {
    const isRest = row === restRow
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
        ? formatValue(d.amount, { approx: d.approx, locale })
        : ''
    },
  }
  const series: BarSeriesOption[] = [
    {
      type: 'bar',
      name: strings.value,
      stack: 'value',
      data: exact,
      itemStyle: { color: theme.bar },
      label: valueLabel,
      barMaxWidth: 22,
      emphasis: { focus: 'none' },
    },
    {
      type: 'bar',
      name: strings.approx,
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
  if (restRow) {
    series.push({
      type: 'bar',
      name: restRow.label,
      stack: 'value',
      data: summary,
      itemStyle: { color: theme.summary },
      label: valueLabel,
      barMaxWidth: 22,
    })
  }

  // The median as its own (empty) line series: its legend entry names the value
  // and toggles the line.
  const medianName = median === null ? '' : `${strings.median} ${formatValue(median, { locale })}`
  const medianSeries: LineSeriesOption[] = median === null
    ? []
    : [{
        type: 'line',
        name: medianName,
        data: [],
        color: theme.reference,
        lineStyle: { color: theme.reference, type: 'dashed', width: 1.5 },
        symbol: 'none',
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: theme.reference, type: 'dashed', width: 1.5 },
          label: { show: false },
          data: [{ xAxis: median, name: strings.median }],
        },
      }]

  const notes: string[] = []
  if (national) {
    notes.push(fill(strings.shownOfTotal, {
      top: top.length,
      bottom: bottom.length,
      total: formatNumber(present.length, locale),
    }))
  }
  if (national && absent.length > 0) {
    notes.push(fill(strings.absentCount, {
      n: formatNumber(absent.length, locale),
    }))
  }
  const scroll = categories.length > VISIBLE_ROWS

  return {
    aria: {
      enabled: true,
      label: {
        enabled: true,
        description: describe(present, absent, median, opts),
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
      data: [...series, ...medianSeries].map(s => s.name as string),
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
      name: withUnit(strings, strings.value, opts.unit),
      nameLocation: 'middle',
      nameGap: 26,
      splitLine: { show: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      triggerEvent: true,
      data: categories.map(r => r.region),
      axisTick: { show: false },
      axisLabel: {
        interval: 0,
        fontSize: 12,
        formatter: (key: string) => {
          const row = byKey.get(key)
          if (!row)
            return key
          if (row === restRow)
            return `{rest|${row.label}}`
          if (row.value === null)
            return `{absent|${row.label} · ${strings.noData}}`
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
    },
    dataZoom: scroll
      ? [
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
      : [],
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params: unknown) => {
        const list = Array.isArray(params)
          ? params
          : [params]
        const first = list[0] as { axisValue?: string } | undefined
        const row = first?.axisValue === undefined
          ? undefined
          : byKey.get(first.axisValue)
        if (!row)
          return ''
        if (row === restRow) {
          const lo = rest.at(-1)?.value ?? null
          const hi = rest[0]?.value ?? null
          return cellTooltip(row.label, row, opts, [
            escapeHtml(fill(strings.restRange, {
              min: formatValue(lo, { locale }),
              max: formatValue(hi, { locale }),
            })),
          ])
        }
        return cellTooltip(row.label, row, opts)
      },
    },
    graphic: notes.length > 0
      ? [
          {
            type: 'text',
            left: 8,
            bottom: 6,
            silent: true,
            style: {
              text: notes.join(strings.separator),
              fill: theme.subtext,
              fontSize: 12,
            },
          },
        ]
      : [],
    series: [...series, ...medianSeries],
  }
}

/** Screen-reader summary: what is compared, extremes, median, how many absent. */
function describe(present: readonly CompareRow[], absent: readonly CompareRow[], median: number | null, opts: CompareBarOptions): string {
  const { strings, locale, unit } = opts
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
