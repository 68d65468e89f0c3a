import type { ChartExportItem } from './export-all'
import { withExportDate } from '../charts/meta'
import { chartTableToCsv } from './chart-csv'
import { renderChartPng, renderChartSvg } from './chart-image'
import { downloadBlob, downloadText } from './download'

export type ChartExportKind = 'png' | 'svg' | 'csv'

/**
 * Download one chart as PNG, SVG or CSV. ChartCard loads this module with
 * a dynamic import on the first click, keeping export code out of the
 * initial bundle.
 */
export async function exportChart(kind: ChartExportKind, chart: ChartExportItem): Promise<void> {
  const item = { ...chart, meta: withExportDate(chart.meta, new Date()) }
  const base = item.meta.fileBase
  if (kind === 'csv')
    downloadText(chartTableToCsv(item.table, item.meta), `${base}.csv`, 'text/csv;charset=utf-8')
  else if (kind === 'svg')
    downloadText(renderChartSvg(item), `${base}.svg`, 'image/svg+xml;charset=utf-8')
  else
    downloadBlob(await renderChartPng(item), `${base}.png`)
}
