import type { Theme } from '../data/query'
import type { ChartMeta, ChartOption } from '../charts/types'
import { echarts } from '../charts/echarts'
import { chartTheme } from '../charts/theme'
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

/** Bytes of a base64 data URL (no fetch: a CSP connect-src may not allow data:). */
function dataUrlBytes(url: string): Uint8Array<ArrayBuffer> {
  const binary = atob(url.slice(url.indexOf(',') + 1))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++)
    bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** PNG at twice the CSS size, on the theme's background. */
export function renderChartPng(req: ImageRequest): Blob {
  const plan = buildExportOption(req.option, req.meta, req)
  const host = document.createElement('div')
  host.style.cssText = `position:fixed;left:-100000px;top:0;width:${plan.width}px;height:${plan.height}px`
  document.body.append(host)
  const chart = echarts.init(host, chartTheme(req.theme).echartsName, { renderer: 'canvas', width: plan.width, height: plan.height })
  // A large heatmap is still painting (in frames) when this disposes it.
  guardPainterDispose(chart)
  try {
    chart.setOption(plan.option, { notMerge: true })
    const url = chart.getDataURL({ type: 'png', pixelRatio: PNG_PIXEL_RATIO, backgroundColor: chartTheme(req.theme).background })
    return new Blob([
      dataUrlBytes(url),
    ], { type: 'image/png' })
  }
  finally {
    chart.dispose()
    host.remove()
  }
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
