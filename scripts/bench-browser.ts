/**
 * The dashboard in headless Chromium at 10 thousand, 100 thousand and a
 * million observations (synthetic datasets): navigation to the first
 * chart, filter changes until every displayed chart has re-rendered, JS
 * heap after load, bytes transferred. Prints figures, asserts nothing.
 * See docs/scale.md for what each number means and the goals.
 */
import type { Browser } from '@playwright/test'
import type { Summary } from './lib/bench-stats'
import type { Transfer } from './lib/bench-page'
import type { DatasetInfo } from './lib/bench-prepare'
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { benchContext, FILTER_STATES, launchChromium, viewHash } from './lib/bench-browser-setup'
import { chartsReady, countTransfer, firstChartTime, heapAfterGc, installBench, mainThreadCpu, switchView, timeFilterChange } from './lib/bench-page'
import { buildApp, ensureDatasets } from './lib/bench-prepare'
import { serveStatic } from './lib/bench-server'
import { summarize } from './lib/bench-stats'

/** The views whose charts are timed, in the order a reviewer meets them. */
export const VIEWS = ['compare', 'trends', 'heatmap'] as const
type View = (typeof VIEWS)[number]

const TIMEOUT = 120_000

export interface BrowserBenchOptions {
  /** Dataset sizes: "10k", "100k", "1m". */
  sizes: readonly string[]
  /** Measured filter changes per view (after two untimed warm-ups). */
  changes: number
  /** Run `vite build` first (off to re-measure an existing dist/). */
  build: boolean
}

export interface BrowserBenchRow {
  dataset: DatasetInfo
  /** Navigation start → first chart ready (compare view), ms. */
  firstChart: number
  filter: Record<View, Summary>
  /** Main-thread CPU time per filter change, ms: what a free core would take. */
  filterCpu: Record<View, Summary>
  /** Main-thread CPU time from navigation to the first chart, ms. */
  firstChartCpu: number
  /** After load and a full GC, bytes: the JS heap, and ArrayBuffers (typed arrays) outside it. */
  heap: { heap: number, buffers: number }
  /** Bytes until the first chart was ready and the network idle. */
  transfer: Transfer
  /** Uncaught page errors (a healthy run has none). */
  errors: string[]
}

export interface BrowserBench {
  rows: BrowserBenchRow[]
  /** 1-minute load average when the runs started and ended. */
  load: [number, number]
  chromium: string
}

async function benchDataset(browser: Browser, base: string, dataset: DatasetInfo, changes: number): Promise<BrowserBenchRow> {
  const context = await benchContext(browser)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', e => errors.push(e.message))
  const cdp = await context.newCDPSession(page)
  const transfer = await countTransfer(cdp)
  await installBench(page)
  await cdp.send('Performance.enable')

  await page.goto(`${base}${viewHash('compare', dataset.name, '')}`)
  const firstChart = await firstChartTime(page, TIMEOUT)
  // Includes the few ms until this call arrives; the page is idle by then.
  const firstChartCpu = await mainThreadCpu(cdp)
  await page.waitForLoadState('networkidle')
  await chartsReady(page, TIMEOUT)
  const bytes = transfer()
  const heap = await heapAfterGc(cdp)

  const filter = {} as Record<View, Summary>
  const filterCpu = {} as Record<View, Summary>
  for (const view of VIEWS) {
    if (view !== 'compare')
      await switchView(page, viewHash(view, dataset.name, ''), TIMEOUT)
    const times: number[] = []
    const cpu: number[] = []
    for (let i = 0; i < changes + 2; i++) {
      const before = await mainThreadCpu(cdp)
      const ms = await timeFilterChange(page, viewHash(view, dataset.name, FILTER_STATES[i % FILTER_STATES.length]!), TIMEOUT)
      const used = await mainThreadCpu(cdp) - before
      if (i >= 2) {
        times.push(ms)
        cpu.push(used)
      }
    }
    filter[view] = summarize(times)
    filterCpu[view] = summarize(cpu)
  }
  await context.close()
  return { dataset, firstChart, firstChartCpu, filter, filterCpu, heap, transfer: bytes, errors }
}

export async function benchBrowser(options: BrowserBenchOptions): Promise<BrowserBench> {
  const datasets = ensureDatasets(options.sizes)
  if (options.build)
    buildApp(datasets)
  const server = await serveStatic('dist', { gzip: true })
  const browser = await launchChromium()
  const start = loadavg()[0]!
  const rows: BrowserBenchRow[] = []
  try {
    for (const dataset of datasets) {
      console.error(`measuring ${dataset.name} …`)
      rows.push(await benchDataset(browser, server.url, dataset, options.changes))
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
  const result: BrowserBench = { rows, load: [start, loadavg()[0]!], chromium: browser.version() }
  mkdirSync('bench-results', { recursive: true })
  writeFileSync(`bench-results/browser-${new Date().toISOString().replace(/[:.]/g, '-')}.json`, `${JSON.stringify(result, null, 2)}\n`)
  return result
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(bytes < 1e6 ? 2 : 1)
const ms = (x: number) => x < 10 ? x.toFixed(1) : x.toFixed(0)

function printTable(head: string[], lines: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map(l => l[i]!.length)))
  for (const l of [head, ...lines])
    console.log(`  ${l.map((c, i) => i < 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)).join('  ')}`)
}

export function printBrowserBench(b: BrowserBench, changes: number): void {
  console.log('')
  console.log('Browser (headless Chromium %s; load average %s → %s); filter changes: median / p95 of %d per view, ms', b.chromium, b.load[0].toFixed(2), b.load[1].toFixed(2), changes)
  printTable(
    ['dataset', 'observations', 'first chart', ...VIEWS, 'heap + buffers', 'transferred raw / gzip', 'of which data'],
    b.rows.map(r => [
      r.dataset.name,
      r.dataset.observations.toLocaleString('en-US'),
      `${ms(r.firstChart)} ms`,
      ...VIEWS.map(v => `${ms(r.filter[v].median)} / ${ms(r.filter[v].p95)}`),
      `${mb(r.heap.heap)} + ${mb(r.heap.buffers)} MB`,
      `${mb(r.transfer.decoded)} / ${mb(r.transfer.encoded)} MB`,
      `${mb(r.transfer.dataDecoded)} / ${mb(r.transfer.dataEncoded)} MB`,
    ]),
  )
  console.log('  goals: 1M first chart ≤ 3000 ms, filter p95 ≤ 100 ms, heap ≤ 400 MB, data ≤ 30 MB gzip; 10k filter p95 ≤ 16 ms')
  console.log('')
  console.log('  The same in main-thread CPU time (what a free core would take; other processes barely change it):')
  printTable(
    ['dataset', 'first chart', ...VIEWS],
    b.rows.map(r => [r.dataset.name, `${ms(r.firstChartCpu)} ms`, ...VIEWS.map(v => `${ms(r.filterCpu[v].median)} / ${ms(r.filterCpu[v].p95)}`)]),
  )
  for (const r of b.rows) {
    if (r.errors.length > 0)
      console.log(`  ${r.dataset.name}: ${r.errors.length} page error(s): ${r.errors[0]}`)
  }
}
