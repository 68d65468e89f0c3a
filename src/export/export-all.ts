import type { ChartTable } from '../charts/types'
import type { ImageRequest } from './chart-image'
import { strToU8, zipSync } from 'fflate'
import { chartTableToCsv } from './chart-csv'
import { renderChartPng } from './chart-image'
import { downloadBlob } from './download'
import { safeFileName, uniqueNames } from '../charts/filenames'
import { withExportDate } from '../charts/meta'

/** One chart of a view, as its ChartCard receives it plus its size on screen. */
export interface ChartExportItem extends ImageRequest {
  table: ChartTable
}

/**
 * "Export all charts of this view": one zip holding each chart's PNG (2×,
 * title, filters, legend and footnote inside) and its data as CSV, named
 * by each chart's `meta.fileBase`. Loaded on demand (dynamic import), so
 * fflate never weighs on the first page load.
 */
export async function buildChartsZip(items: readonly ChartExportItem[]): Promise<Uint8Array> {
  const names = uniqueNames(items.flatMap(i => [`${i.meta.fileBase}.png`, `${i.meta.fileBase}.csv`]))
  const files: Record<string, [Uint8Array, { level: 0 | 6 }]> = {}
  const now = new Date()
  for (const [index, chart] of items.entries()) {
    const item = { ...chart, meta: withExportDate(chart.meta, now) }
    const png = new Uint8Array(await renderChartPng(item).arrayBuffer())
    // PNG is already compressed: store it; CSV compresses well.
    files[names[2 * index]!] = [
      png,
      { level: 0 },
    ]
    files[names[2 * index + 1]!] = [
      strToU8(chartTableToCsv(item.table, item.meta)),
      { level: 6 },
    ]
  }
  return zipSync(files)
}

export async function exportAllCharts(items: readonly ChartExportItem[], zipBaseName: string): Promise<void> {
  const zip = await buildChartsZip(items)
  downloadBlob(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), `${safeFileName(zipBaseName)}.zip`)
}
