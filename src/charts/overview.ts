import type { BarSeriesOption } from 'echarts/charts'
import type { BaseChartOptions, ChartDatum, ChartOption, YearValue } from './types'
import { datumOf } from './datum'
import { escapeHtml, formatNumber, formatShort, formatYoy, yoyChange } from './format'
import { withUnit } from './strings'
import { approxDecal, chartTheme } from './theme'
import { cellTooltip } from './tooltip'
import { yearAxis } from './years'

export interface OverviewOptions extends BaseChartOptions {
  /** Years on the axis; default every year from the first to the last point. */
  years?: readonly number[]
}

interface BarItem {
  value: number | null
  datum: ChartDatum
  itemStyle?: Record<string, unknown>
}

/**
 * 总览: a small column chart of one number per year (reports per year, or
 * the selected indicator's total). A year without a value keeps its slot
 * with "无数据" under it, never a 0 column; approximate totals are hatched.
 */
export function buildOverviewOption(points: readonly YearValue[], opts: OverviewOptions): ChartOption {
  const theme = chartTheme(opts.theme)
  const { strings, locale, unit } = opts
  const byYear = new Map(points.map(p => [p.year, p]))
  const years = yearAxis(points.map(p => p.year), opts.years)
  const empty = { value: null, approx: false, sources: [], reportIds: [] }

  const data: BarItem[] = years.map((year) => {
    const p = byYear.get(year) ?? empty
    const item: BarItem = { value: p.value, datum: datumOf(p.value === null ? 'absent' : 'value', p, { year }) }
    if (p.value !== null && p.approx)
      item.itemStyle = { decal: approxDecal(theme) }
    return item
  })
  const series: BarSeriesOption = {
    type: 'bar',
    name: opts.indicatorLabel,
    data,
    barMaxWidth: 36,
    itemStyle: { color: theme.bar },
    label: {
      show: true,
      position: 'top',
      fontSize: 11,
      color: theme.text,
      formatter: (p: { data?: unknown }) => {
        const d = (p.data as BarItem | undefined)?.datum
        return d ? formatShort(d.amount, d.approx, locale) : ''
      },
    },
  }

  return {
    aria: { enabled: true, label: { enabled: true, description: [withUnit(strings, opts.indicatorLabel, unit), opts.filterSummary, ...years.map(y => `${y} ${formatShort(byYear.get(y)?.value ?? null, byYear.get(y)?.approx ?? false, locale)}`)].filter(Boolean).join(strings.separator) } },
    animationDuration: 300,
    grid: { left: 8, right: 8, top: 28, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    xAxis: {
      type: 'category',
      data: years.map(String),
      axisTick: { show: false },
      axisLabel: {
        interval: 0,
        formatter: (y: string) => byYear.get(Number(y))?.value == null ? `${y}\n{absent|${strings.noData}}` : y,
        rich: { absent: { color: theme.subtext, fontSize: 11 } },
      },
    },
    yAxis: { type: 'value', name: unit, nameLocation: 'end', nameGap: 10, nameTextStyle: { align: 'left' }, axisLabel: { formatter: (v: number) => formatNumber(v, locale) } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params: unknown) => {
        const year = Number((Array.isArray(params) ? params[0] : params)?.axisValue)
        const p = byYear.get(year) ?? empty
        const change = yoyChange(p.value, byYear.get(year - 1)?.value ?? null, unit)
        const extra = p.value === null ? [] : [`${escapeHtml(strings.yoy)}：${escapeHtml(formatYoy(change, unit, strings, locale))}`]
        return cellTooltip(String(year), p, opts, extra)
      },
    },
    series: [series],
  }
}
