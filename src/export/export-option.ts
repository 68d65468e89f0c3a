import type { Theme } from '../data/query'
import type { ChartMeta, ChartOption } from '../charts/types'
import { chartTheme } from '../charts/theme'

/**
 * The option an exported image is drawn from: the chart's own option with
 * a header (title and filters in force) and a footer (data-source note)
 * drawn inside the image, the legend laid out in full rather than paged,
 * and a zoomed category axis shown whole. Pure, so it is tested in Node;
 * `chart-image.ts` renders it.
 */

export interface ExportPlan {
  option: ChartOption
  /** CSS pixels; the PNG is twice this. */
  width: number
  height: number
}

const PADDING = 16
const TITLE_SIZE = 16
const TITLE_LINE = 22
const SUBTITLE_SIZE = 12
const SUBTITLE_LINE = 18
const FOOT_SIZE = 11
const FOOT_LINE = 16
const LEGEND_ROW = 22
/** Height of one category row when a zoomed axis is shown whole. */
const CATEGORY_ROW = 20

/** CJK ideographs, full-width forms and Hangul: about one em wide. */
const WIDE_CHAR = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/

/** Rough rendered width; only used to reserve enough lines, never to place text. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0
  for (const ch of text) {
    em += WIDE_CHAR.test(ch)
      ? 1
      : 0.58
  }
  return em * fontSize
}

/** Lines a text wraps into at `width`; each "\n" starts a line of its own. */
export function estimateLines(text: string, fontSize: number, width: number): number {
  if (!text)
    return 0
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(estimateTextWidth(line, fontSize) / Math.max(width, 1))), 0)
}

/** Rows a plain horizontal legend wraps into (icon 25 px + gap 10 px + text). */
export function estimateLegendRows(names: readonly string[], width: number, fontSize = 12): number {
  let rows = 1
  let x = 0
  for (const name of names) {
    const w = 25 + 5 + estimateTextWidth(name, fontSize) + 10
    if (x > 0 && x + w > width) {
      rows++
      x = 0
    }
    x += w
  }
  return rows
}

type Box = Record<string, unknown> & { top?: unknown, bottom?: unknown }

function asArray<T>(x: T | T[] | undefined): T[] {
  if (x === undefined)
    return []
  return Array.isArray(x)
    ? x
    : [x]
}

/** Move a positioned component: numeric `top` down by dTop, numeric `bottom` up by dBottom. */
function shift<T extends Box>(box: T, dTop: number, dBottom: number): T {
  const out: Box = { ...box }
  if (typeof box.top === 'number')
    out.top = box.top + dTop
  if (typeof box.bottom === 'number')
    out.bottom = box.bottom + dBottom
  return out as T
}

function legendNames(legend: Box, option: ChartOption): string[] {
  const data = legend.data
  if (Array.isArray(data)) {
    return data.map(d => (typeof d === 'string'
      ? d
      : String((d as { name?: unknown }).name ?? '')))
  }
  return asArray(option.series as Box[] | Box | undefined).map(s => String(s.name ?? ''))
}

/** Extra height that shows every category of a zoomed (scrolling) category axis. */
function unzoomedExtra(option: ChartOption, height: number): number {
  if (asArray(option.dataZoom as Box[] | Box | undefined).length === 0)
    return 0
  const yAxis = asArray(option.yAxis as Box[] | Box | undefined)[0]
  const grid = asArray(option.grid as Box[] | Box | undefined)[0]
  if (!yAxis || yAxis.type !== 'category' || !Array.isArray(yAxis.data) || !grid)
    return 0
  const plot = height - (Number(grid.top) || 0) - (Number(grid.bottom) || 0)
  return Math.max(0, yAxis.data.length * CATEGORY_ROW - plot)
}

export function buildExportOption(option: ChartOption, meta: ChartMeta, size: { theme: Theme, width: number, height: number }): ExportPlan {
  const theme = chartTheme(size.theme)
  const { width } = size
  const textWidth = width - 2 * PADDING
  const header = PADDING
    + estimateLines(meta.title, TITLE_SIZE, textWidth) * TITLE_LINE
    + estimateLines(meta.filterSummary, SUBTITLE_SIZE, textWidth) * SUBTITLE_LINE
    + 8
  const footer = estimateLines(meta.footnote, FOOT_SIZE, textWidth) * FOOT_LINE + 12

  // A paged legend would hide entries: lay it out whole, reserving the rows it wraps into.
  let legendTop = 0
  let legendBottom = 0
  const legends = asArray(option.legend as Box[] | Box | undefined).map((legend) => {
    if (legend.show === false)
      return legend
    const extra = (estimateLegendRows(legendNames(legend, option), textWidth) - 1) * LEGEND_ROW
    if (typeof legend.bottom === 'number')
      legendBottom += extra
    else
      legendTop += extra
    return shift({ ...legend, type: 'plain' }, header, footer)
  })
  const zoomExtra = unzoomedExtra(option, size.height)
  const dTop = header + legendTop
  const dBottom = footer + legendBottom

  const out: ChartOption = {
    ...option,
    animation: false,
    backgroundColor: theme.background,
    title: {
      text: meta.title,
      subtext: meta.filterSummary,
      left: PADDING,
      top: PADDING - 4,
      itemGap: 6,
      textStyle: {
        color: theme.text,
        fontSize: TITLE_SIZE,
        fontWeight: 'bold',
        width: textWidth,
        overflow: 'break',
        lineHeight: TITLE_LINE,
      },
      subtextStyle: {
        color: theme.subtext,
        fontSize: SUBTITLE_SIZE,
        width: textWidth,
        overflow: 'break',
        lineHeight: SUBTITLE_LINE,
      },
    },
    legend: legends as ChartOption['legend'],
    grid: asArray(option.grid as Box[] | Box | undefined).map(g => shift(g, dTop, dBottom)) as ChartOption['grid'],
    visualMap: asArray(option.visualMap as Box[] | Box | undefined).map(v => shift(v, dTop, dBottom)) as ChartOption['visualMap'],
    dataZoom: zoomExtra > 0
      ? []
      : asArray(option.dataZoom as Box[] | Box | undefined).map(z => shift(z, dTop, dBottom)) as ChartOption['dataZoom'],
    series: asArray(option.series as Box[] | Box | undefined).map(s => shift(s, dTop, dBottom)) as ChartOption['series'],
    graphic: [
      ...asArray(option.graphic as Box[] | Box | undefined).map(g => shift(g, dTop, dBottom)),
      {
        type: 'text',
        left: PADDING,
        bottom: 8,
        silent: true,
        style: {
          text: meta.footnote,
          fill: theme.subtext,
          fontSize: FOOT_SIZE,
          width: textWidth,
          overflow: 'break',
          lineHeight: FOOT_LINE,
        },
      },
    ] as ChartOption['graphic'],
  }
  return {
    option: out,
    width,
    height: Math.round(size.height + dTop + dBottom + zoomExtra),
  }
}
