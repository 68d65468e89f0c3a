import type { Theme } from '../data/query'
import type { ChartMeta, ChartOption } from '../charts/types'
import { echarts } from '../charts/echarts'
import { chartTheme } from '../charts/theme'
import { nextTask } from '../data/next-task'
import { buildExportOption } from './export-option'
import { guardPainterDispose } from './painter-guard'

/**
 * Chart images for download: the one export file that touches the DOM.
 * Each export renders the export option (title, filters, legend and
 * footnote inside the image) in its own off-screen ECharts instance of the
 * chart's CSS size, so the on-screen chart is never disturbed.
 */

export interface ImageRequest {
  option: ChartOption
  meta: ChartMeta
  theme: Theme
  /** CSS pixels of the chart on screen. */
  width: number
  height: number
}

/** PNG pixels per CSS pixel: sharp on high-density screens and in print. */
export const PNG_PIXEL_RATIO = 2

/** The canvas's PNG, encoded off the main thread (the browser's `toBlob`; `toDataURL` encodes in the calling task). */
function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(blob => blob ? resolve(blob) : reject(new Error('PNG encoding failed')), 'image/png')
  })
}

/**
 * The export instance's own canvas: ECharts paints it once in `setOption`,
 * a paint the PNG never uses (renderToCanvas brushes every element again at
 * 2×), so it is made tiny.
 */
const THROWAWAY_PIXEL_RATIO = 0.05

/** The zrender painter's redraw, skipped while an export instance is laid out. */
interface Repainting {
  refresh: (...args: unknown[]) => unknown
}

/**
 * Run `layout` on an export instance without its canvas painting: the PNG
 * is brushed afresh at 2× by renderToCanvas, and the instance's own paint
 * (every label's fillText even on the tiny canvas, ~50 ms of a large
 * heatmap's 230 ms layout task) was never used.
 */
function withoutPaint(chart: ReturnType<typeof echarts.init>, layout: () => void): void {
  const painter = chart.getZr().painter as unknown as Repainting
  const refresh = painter.refresh
  painter.refresh = () => painter
  try {
    layout()
  }
  finally {
    painter.refresh = refresh
  }
}

/**
 * PNG at twice the CSS size, on the theme's background, in three steps so
 * no one of them holds the main thread long: the layout (setOption), the
 * paint at 2× into a canvas of its own (the next task), and the PNG
 * encoding, off the thread (`toBlob`).
 */
export async function renderChartPng(req: ImageRequest): Promise<Blob> {
  const plan = buildExportOption(req.option, req.meta, req)
  const host = document.createElement('div')
  host.style.cssText = `position:fixed;left:-100000px;top:0;width:${plan.width}px;height:${plan.height}px`
  document.body.append(host)
  const chart = echarts.init(host, chartTheme(req.theme).echartsName, { renderer: 'canvas', width: plan.width, height: plan.height, devicePixelRatio: THROWAWAY_PIXEL_RATIO })
  // A large heatmap is still painting (in frames) when this disposes it.
  guardPainterDispose(chart)
  let canvas: HTMLCanvasElement
  try {
    withoutPaint(chart, () => chart.setOption(plan.option, { notMerge: true }))
    await nextTask()
    // Every element brushed now at 2×, into a canvas disposing the chart leaves intact.
    canvas = chart.renderToCanvas({ pixelRatio: PNG_PIXEL_RATIO, backgroundColor: chartTheme(req.theme).background })
  }
  finally {
    chart.dispose()
    host.remove()
  }
  return canvasPng(canvas)
}

/** SVG string of the same composition (server-side-rendering mode: no DOM element needed). */
export function renderChartSvg(req: ImageRequest): string {
  const plan = buildExportOption(req.option, req.meta, req)
  const chart = echarts.init(null, chartTheme(req.theme).echartsName, {
    renderer: 'svg',
    ssr: true,
    width: plan.width,
    height: plan.height,
  })
  try {
    chart.setOption(plan.option, { notMerge: true })
    return chart.renderToSVGString()
  }
  finally {
    chart.dispose()
  }
}
