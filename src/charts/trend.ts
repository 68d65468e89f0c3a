import type { LineSeriesOption } from 'echarts/charts'
import type { BaseChartOptions, ChartDatum, ChartOption, TrendPoint, TrendSeries } from './types'
import type { TrendMode } from '../data/query'
import { datumOf } from './datum'
import { FLAG_MARK } from './flags'
import { escapeHtml, formatNumber, formatValue, formatYoy, yoyChange } from './format'
import { medianOfAtLeast } from '../data/median'
import { fill, withUnit } from './strings'
import { chartTheme } from './theme'
import { basisText, marker } from './tooltip'
import { rankSeries, seriesYears, yearAxis } from './years'

export interface TrendOptions extends BaseChartOptions {
  /** `value` plots the numbers; `yoy` plots the year-on-year change (同比). Default `value`. */
  mode?: TrendMode
  /** Most county lines drawn; beyond it the top ones by latest value are kept. Default 24. */
  maxSeries?: number
  /** Years on the axis; default every year from the first to the last point. */
  years?: readonly number[]
  /** Leave values flagged by a check out of the all-counties median (`?xflag=1`). */
  excludeFlagged?: boolean
  /** Counties to emphasise (those chosen in the filters); default the top ones by latest value. */
  highlight?: readonly string[]
}

/** From this many lines on, a few are emphasised in colour and the rest drawn muted: two dozen coloured lines are a tangle. */
export const MUTE_FROM = 9
/** Lines emphasised when no county is chosen: the top ones by latest value. */
const TOP_EMPHASISED = 5

/** Marker shapes cycled with the palette, so lines differ by more than colour. */
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'roundRect'] as const
const LINE_TYPES = ['solid', 'dashed', 'dotted'] as const
/** Fewer stated values than this in a year make no median: it would only retrace one county's line. */
const MIN_FOR_MEDIAN = 3

interface LineItem {
  value: number | null
  datum: ChartDatum
  symbol?: string
  symbolSize?: number
  itemStyle?: { borderColor: string, borderWidth: number }
  label?: { show: boolean, formatter: string, color: string, position: 'top' }
}

/** Points of a series by year, and the year-on-year change per year. */
function indexPoints(s: TrendSeries, unit: string): { byYear: Map<number, TrendPoint>, yoy: (year: number) => number | null } {
  const byYear = new Map(s.points.map(p => [p.year, p]))
  const yoy = (year: number) => yoyChange(byYear.get(year)?.value ?? null, byYear.get(year - 1)?.value ?? null, unit)
  return { byYear, yoy }
}

/**
 * 年度趋势: one line per county over the years. A year a report does not
 * state is a gap in the line (never 0); an isolated year still shows its
 * marker. Approximate values have hollow markers and ≈ in the tooltip,
 * which also gives the year-on-year change (同比; percentage points for
 * rates). `mode: 'yoy'` plots that change instead. At national scale the
 * top `maxSeries` counties by latest value are drawn with a dashed median
 * of all counties and a note.
 */
export function buildTrendOption(input: readonly TrendSeries[], opts: TrendOptions): ChartOption {
  const theme = chartTheme(opts.theme)
  const { strings, locale, unit } = opts
  const mode = opts.mode ?? 'value'
  const years = yearAxis(seriesYears(input), opts.years)
  const maxSeries = opts.maxSeries ?? 24
  const { ranked, emphasised, chosen } = pickLines(input, maxSeries, opts.highlight ?? [])
  const stated = (s: TrendSeries) => s.points.reduce((n, p) => n + (p.value === null ? 0 : 1), 0)
  const singles = ranked.filter(s => stated(s) === 1).length
  /** Every county has one year at most: there is no trend to draw, and lone dots would pretend otherwise. */
  const onePointEach = ranked.length > 0 && ranked.every(s => stated(s) <= 1)
  // Only the drawn series are indexed; the median line reads every county's
  // points directly (a Map per county cost most of the option at 2,800).
  const indexed = new Map(ranked.map(s => [s.region, indexPoints(s, unit)]))
  const everyCounty = plottedByYear(input, mode, unit, opts.excludeFlagged)
  const plotted = (s: TrendSeries, year: number): number | null => {
    const ix = indexed.get(s.region)!
    return mode === 'yoy' ? ix.yoy(year) : ix.byYear.get(year)?.value ?? null
  }

  const series: LineSeriesOption[] = (onePointEach ? [] : ranked).map((s, i) => {
    const ix = indexed.get(s.region)!
    const muted = i >= emphasised
    const symbol = SYMBOLS[i % SYMBOLS.length]!
    const data: LineItem[] = years.map((year) => {
      const p = ix.byYear.get(year)
      const cell = p ?? { value: null, approx: false, sources: [], reportIds: [] }
      const item: LineItem = { value: plotted(s, year), datum: datumOf(p?.value == null ? 'absent' : 'value', cell, { region: s.region, year }) }
      // Hollow marker = approximate.
      if (p?.approx && p.value !== null)
        item.symbol = `empty${symbol[0]!.toUpperCase()}${symbol.slice(1)}`
      // A flagged value: a larger marker outlined in the flag colour, with ⚠ beside it.
      if (p?.flagged && p.value !== null) {
        item.symbolSize = 11
        item.itemStyle = { borderColor: theme.flag, borderWidth: 2 }
        item.label = { show: true, formatter: FLAG_MARK, color: theme.flag, position: 'top' }
      }
      return item
    })
    // Muted: context, not a line to read: thin, grey, small dots, under the emphasised ones.
    const style: LineSeriesOption = muted
      ? {
          symbol: 'circle',
          symbolSize: 3,
          color: theme.axisLine,
          itemStyle: { color: theme.axisLine, opacity: 0.5 },
          lineStyle: { width: 1, color: theme.axisLine, opacity: 0.45 },
          z: 1,
          emphasis: { focus: 'series', lineStyle: { width: 2, opacity: 1 } },
        }
      : {
          symbol,
          symbolSize: 7,
          lineStyle: { width: 2, type: LINE_TYPES[Math.floor(i / theme.palette.length) % LINE_TYPES.length] },
          z: 2,
          emphasis: { focus: 'series' },
        }
    return { type: 'line', name: s.label, data, connectNulls: false, showSymbol: true, showAllSymbol: true, ...style }
  })

  // The median of all counties comes first: first in the legend, drawn in
  // the text colour so it never passes for one of the counties. A year with
  // fewer than three stated values has no median (a gap).
  // The legend lists the median only when some year has one to draw.
  const medians = years.map(year => medianOfAtLeast(MIN_FOR_MEDIAN, everyCounty.get(year) ?? []))
  const medianSeries: LineSeriesOption[] = !onePointEach && medians.some(m => m !== null)
    ? [{
        type: 'line',
        name: strings.medianOfAll,
        data: years.map((year, i) => ({
          value: medians[i]!,
          datum: { kind: 'median', year, amount: null, approx: false, sources: [], reportIds: [] } satisfies ChartDatum,
        })),
        connectNulls: false,
        symbol: 'none',
        color: theme.text,
        lineStyle: { width: 3, type: [8, 5], color: theme.text, opacity: 0.75 },
        z: 3,
        emphasis: { focus: 'series' },
      }]
    : []
  const offset = medianSeries.length

  const notes = onePointEach ? [] : [strings.approxHollow]
  if (!onePointEach && singles > 0)
    notes.unshift(fill(strings.singlePoints, { n: singles }))
  if (!onePointEach && emphasised < ranked.length)
    notes.unshift(fill(chosen ? strings.emphasisChosen : strings.emphasisTop, { k: emphasised, n: ranked.length - emphasised }))
  if (ranked.length < input.length)
    notes.unshift(fill(strings.topShown, { n: ranked.length, total: formatNumber(input.length, locale) }))
  const legendNames = [...medianSeries, ...series.slice(0, emphasised)].map(s => s.name as string)

  const yName = mode === 'yoy'
    ? withUnit(strings, strings.yoy, unit === '%' ? strings.percentagePoints : '%')
    : withUnit(strings, strings.value, unit)

  return {
    aria: { enabled: true, label: { enabled: true, description: describe(ranked, input.length, years, opts) } },
    animationDuration: 300,
    color: [...theme.palette],
    legend: { type: 'scroll', bottom: 4, left: 8, right: 8, itemWidth: 18, itemHeight: 10, textStyle: { fontSize: 12 }, data: legendNames },
    grid: { left: 8, right: 16, top: 40, bottom: 36, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    xAxis: { type: 'category', boundaryGap: false, data: years.map(String), name: strings.year, nameLocation: 'end', nameGap: 8, axisTick: { alignWithLabel: true } },
    yAxis: {
      type: 'value',
      name: yName,
      nameLocation: 'end',
      nameGap: 10,
      nameTextStyle: { align: 'left' },
      axisLabel: { formatter: (v: number) => formatNumber(v, locale) },
      // A rate's axis fits its values (95–100 %, not 0–100 %), never beyond 0–100.
      ...(unit === '%' && mode === 'value' ? { min: rateAxisMin, max: rateAxisMax } : {}),
    },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: unknown) => axisTooltip(params, ranked, emphasised, offset, indexed, opts),
    },
    graphic: [
      { type: 'text', right: 16, top: 6, silent: true, style: { text: notes.join(strings.separator), fill: theme.subtext, fontSize: 12, align: 'right' } },
      ...(onePointEach
        ? [{ type: 'text' as const, left: 'center', top: 'middle', silent: true, style: { text: fill(strings.onePointEach, { n: ranked.length }), fill: theme.text, fontSize: 14, lineHeight: 22, align: 'center' as const, width: 520, overflow: 'break' as const } }]
        : []),
    ],
    series: [...medianSeries, ...series],
  }
}

/** Room around a rate's values on its axis: a tenth of their spread, at least one point. */
function ratePad(e: { min: number, max: number }): number {
  return Math.max(1, (e.max - e.min) * 0.1)
}
export function rateAxisMin(e: { min: number, max: number }): number {
  return Math.max(0, Math.floor(e.min - ratePad(e)))
}
export function rateAxisMax(e: { min: number, max: number }): number {
  return Math.min(100, Math.ceil(e.max + ratePad(e)))
}

/**
 * The lines drawn, emphasised ones first: the chosen counties (or the top
 * by latest value) in colour, the rest muted, once there are MUTE_FROM or
 * more. At national scale only the top `maxSeries` (and the chosen ones).
 */
function pickLines(input: readonly TrendSeries[], maxSeries: number, highlight: readonly string[]): { ranked: TrendSeries[], emphasised: number, chosen: boolean } {
  const order = input.length > maxSeries || input.length >= MUTE_FROM ? rankSeries(input) : [...input]
  const wanted = new Set(highlight)
  const picked = order.filter(s => wanted.has(s.region))
  const drawn = [...picked, ...order.filter(s => !wanted.has(s.region)).slice(0, Math.max(0, maxSeries - picked.length))]
  if (drawn.length < MUTE_FROM)
    return { ranked: drawn, emphasised: drawn.length, chosen: false }
  const chosen = picked.length > 0
  return { ranked: drawn, emphasised: chosen ? picked.length : Math.min(TOP_EMPHASISED, drawn.length), chosen }
}

/** Every county's plotted number per year (its value, or 同比 in yoy mode), absent ones left out. */
function plottedByYear(input: readonly TrendSeries[], mode: TrendMode, unit: string, excludeFlagged = false): Map<number, number[]> {
  const out = new Map<number, number[]>()
  for (const s of input) {
    const yoy = mode === 'yoy' ? indexPoints(s, unit).yoy : null
    for (const p of s.points) {
      if (excludeFlagged && p.flagged)
        continue
      const v = yoy ? yoy(p.year) : p.value
      if (v === null)
        continue
      let list = out.get(p.year)
      if (!list)
        out.set(p.year, list = [])
      list.push(v)
    }
  }
  return out
}

interface AxisParam { axisValue?: string, seriesIndex?: number, color?: string }

/** One row per county at the hovered year, largest first, with 同比. */
function axisTooltip(params: unknown, ranked: readonly TrendSeries[], emphasised: number, offset: number, indexed: Map<string, ReturnType<typeof indexPoints>>, opts: TrendOptions): string {
  const list = (Array.isArray(params) ? params : [params]) as AxisParam[]
  const year = Number(list[0]?.axisValue)
  if (!Number.isFinite(year))
    return ''
  const { strings, unit, locale } = opts
  const all = list.filter(p => p.seriesIndex !== undefined && p.seriesIndex >= offset)
  // Muted lines are summarised in one line: their range at this year.
  const mutedValues = all
    .filter(p => p.seriesIndex! - offset >= emphasised)
    .map(p => indexed.get(ranked[p.seriesIndex! - offset]!.region)!.byYear.get(year)?.value ?? null)
    .filter((v): v is number => v !== null)
  const rows = all
    .filter(p => p.seriesIndex! - offset < emphasised)
    .map((p) => {
      const s = ranked[p.seriesIndex! - offset]!
      const ix = indexed.get(s.region)!
      const point = ix.byYear.get(year)
      return { s, point, color: p.color ?? '', yoy: ix.yoy(year) }
    })
    .sort((a, b) => (b.point?.value ?? -Infinity) - (a.point?.value ?? -Infinity))
  const lines = rows.map(({ s, point, color, yoy }) => {
    const value = formatValue(point?.value ?? null, { approx: point?.approx, unit, absent: strings.noData, locale })
    const change = point?.value == null ? '' : ` <span style="opacity:.75">${escapeHtml(strings.yoy)} ${escapeHtml(formatYoy(yoy, unit, strings, locale))}</span>`
    const text = point ? basisText(point, year, opts) : ''
    const basis = text ? ` <span style="opacity:.75">· ${escapeHtml(text)}</span>` : ''
    return `<div>${marker(color)}${escapeHtml(s.label)}${escapeHtml(strings.colon)}<b>${escapeHtml(value)}</b>${change}${basis}</div>`
  })
  if (mutedValues.length > 0) {
    lines.push(`<div style="opacity:.75">${escapeHtml(fill(strings.mutedRange, {
      n: mutedValues.length,
      min: formatValue(Math.min(...mutedValues), { unit, locale }),
      max: formatValue(Math.max(...mutedValues), { unit, locale }),
    }))}</div>`)
  }
  const medianParam = offset > 0 ? list.find(p => p.seriesIndex === 0) : undefined
  if (medianParam) {
    const m = (medianParam as { data?: { value: number | null } }).data?.value ?? null
    const shown = opts.mode === 'yoy' ? formatYoy(m, unit, strings, locale) : formatValue(m, { locale })
    lines.push(`<div style="opacity:.75">${marker(medianParam.color ?? '')}${escapeHtml(strings.medianOfAll)}${escapeHtml(strings.colon)}${escapeHtml(shown)}</div>`)
  }
  return `<div style="font-weight:600;margin-bottom:2px">${year} · ${escapeHtml(opts.indicatorLabel)}</div>${lines.join('')}`
}

function describe(ranked: readonly TrendSeries[], total: number, years: readonly number[], opts: TrendOptions): string {
  const span = years.length > 0 ? `${years[0]}–${years.at(-1)}` : ''
  return [`${withUnit(opts.strings, opts.indicatorLabel, opts.unit)} ${opts.strings.views.trend}`, opts.filterSummary, span, `${ranked.length}/${total} ${opts.strings.region}`]
    .filter(Boolean)
    .join(opts.strings.separator)
}
