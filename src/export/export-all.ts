import type { ChartTable } from '../charts/types'
import type { ImageRequest } from './chart-image'
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate'
import { chartTableToCsv } from './chart-csv'
import { renderChartPng } from './chart-image'
import { downloadBlob } from './download'
import { safeFileName, uniqueNames } from '../charts/filenames'
import { withExportDate } from '../charts/meta'
import { nextTask } from '../data/next-task'

/** One chart of a view, as its ChartCard receives it plus its size on screen. */
export interface ChartExportItem extends ImageRequest {
  table: ChartTable
}

/** How far an export has come: charts done of all. */
export type ExportProgress = (done: number, total: number) => void

/**
 * "Export all charts of this view": one zip holding each chart's PNG (2×,
 * title, filters, legend and footnote inside) and its data as CSV, named
 * by each chart's `meta.fileBase`. Loaded on demand (dynamic import), so
 * fflate never weighs on the first page load.
 *
 * No long main-thread task (issue 14 item 8): each chart is laid out and
 * painted in a task of its own, its PNG encoded off the thread, and the zip
 * is written file by file (fflate's streaming Zip) with a task boundary
 * after each, so the page answers input between them.
 */
export async function buildChartsZip(items: readonly ChartExportItem[], onProgress?: ExportProgress): Promise<Blob> {
  const names = uniqueNames(items.flatMap(i => [`${i.meta.fileBase}.png`, `${i.meta.fileBase}.csv`]))
  const parts: Uint8Array<ArrayBuffer>[] = []
  let failed: Error | null = null
  const zip = new Zip((error, chunk) => {
    if (error)
      failed = error
    else
      parts.push(chunk as Uint8Array<ArrayBuffer>)
  })
  const add = (name: string, bytes: Uint8Array, compress: boolean) => {
    // PNG is already compressed: store it; CSV compresses well.
    const file = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name)
    zip.add(file)
    file.push(bytes, true)
  }
  const now = new Date()
  onProgress?.(0, items.length)
  for (const [index, chart] of items.entries()) {
    const item = { ...chart, meta: withExportDate(chart.meta, now) }
    add(names[2 * index]!, new Uint8Array(await (await renderChartPng(item)).arrayBuffer()), false)
    await nextTask()
    add(names[2 * index + 1]!, strToU8(chartTableToCsv(item.table, item.meta)), true)
    onProgress?.(index + 1, items.length)
    await nextTask()
  }
  zip.end()
  if (failed)
    throw failed
  return new Blob(parts, { type: 'application/zip' })
}

export async function exportAllCharts(items: readonly ChartExportItem[], zipBaseName: string, onProgress?: ExportProgress): Promise<void> {
  downloadBlob(await buildChartsZip(items, onProgress), `${safeFileName(zipBaseName)}.zip`)
}
