/**
 * The dashboard in headless Chromium at 10 thousand, 100 thousand and a
 * million observations (synthetic datasets): navigation to the first
 * chart, filter changes until every displayed chart has re-rendered, JS
 * heap after load, bytes transferred. Prints figures, asserts nothing.
 * See docs/scale.md for what each number means and the goals.
 */
import type { Browser } from '@playwright/test'
import type { Summary } from './lib/bench-stats'
import type { KeyTiming, Timeline, Transfer } from './lib/bench-page'
import type { BareRow } from './lib/bench-bare'
import type { DatasetInfo } from './lib/bench-prepare'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { benchContext, FILTER_STATES, launchChromium, viewHash } from './lib/bench-browser-setup'
import { benchBare, buildBare, calibrate, CALIBRATION_REFERENCE_MS } from './lib/bench-bare'
import type { FirstLoad } from './lib/bench-first-load'
import { benchFirstLoads } from './lib/bench-first-load'
import { PHASE_NAMES, phases } from './lib/bench-phases'
import { auditDone, chartsReady, countTransfer, firstChartTime, heapAfterGc, installBench, mainThreadCpu, slowEvents, switchView, timeFilterChange, timeKey, timeline } from './lib/bench-page'
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
  /** The app's marks, resources and long tasks up to the first chart. */
  timeline: Timeline
  /** When the audit's results arrived (ms after navigation start; null: not within the timeout). Interactions are timed after it. */
  auditDone: number | null
  /** Key presses on the year filter: keydown → next frame, and → charts settled, ms. */
  ack: Record<View, Summary>
  settle: Record<View, Summary>
  /** Key presses whose next frame showed every chart busy or redrawn, of all. */
  busyShown: Record<View, [number, number]>
  /** Event Timing (durationThreshold 16): interactions of 16 ms or more and the longest, ms. */
  slowInteractions: Record<View, { count: number, max: number }>
  /** The bare page on the same dataset. */
  bare: BareRow
  /** Uncaught page errors (a healthy run has none). */
  errors: string[]
}

export interface BrowserBench {
  rows: BrowserBenchRow[]
  /** 1-minute load average when the runs started and ended. */
  load: [number, number]
  /** Each chart view opened cold on the bundled data: long tasks, blocking time, LCP. */
  firstLoads: FirstLoad[]
  /** The fixed JS workload in the same browser, ms (median and minimum of 7), before the runs. */
  calibration: { median: number, min: number }
  chromium: string
}

/** The year filter's first select, stepped with the keyboard: down through the years, then back up. */
const YEAR_FROM = '[data-testid="filter-from"]'
const keyAt = (i: number) => Math.floor(i / 9) % 2 === 0 ? 'ArrowDown' : 'ArrowUp'

async function benchDataset(browser: Browser, base: string, dataset: DatasetInfo, changes: number): Promise<BrowserBenchRow> {
  const bare = await benchBare(browser, base, dataset.name, changes, TIMEOUT)
  const context = await benchContext(browser)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', e => errors.push(e.message))
  const cdp = await context.newCDPSession(page)
  const transfer = await countTransfer(cdp, page, 'dist')
  await installBench(page)
  await cdp.send('Performance.enable')

  await page.goto(`${base}${viewHash('compare', dataset.name, '')}`)
  const firstChart = await firstChartTime(page, TIMEOUT)
  // Includes the few ms until this call arrives; the page is idle by then.
  const firstChartCpu = await mainThreadCpu(cdp)
  const marks = await timeline(page)
  await page.waitForLoadState('networkidle')
  await chartsReady(page, TIMEOUT)
  const audit = await auditDone(page, TIMEOUT)
  const bytes = await transfer()
  const heap = await heapAfterGc(cdp)

  const filter = {} as Record<View, Summary>
  const filterCpu = {} as Record<View, Summary>
  const ack = {} as Record<View, Summary>
  const settle = {} as Record<View, Summary>
  const busyShown = {} as Record<View, [number, number]>
  const slowInteractions = {} as Record<View, { count: number, max: number }>
  for (const view of VIEWS) {
    if (view !== 'compare')
      await switchView(page, viewHash(view, dataset.name, ''), TIMEOUT)
    await page.focus(YEAR_FROM)
    await slowEvents(page)
    const keys: KeyTiming[] = []
    for (let i = 0; i < changes + 2; i++) {
      const k = await timeKey(page, keyAt(i), TIMEOUT)
      if (i >= 2)
        keys.push(k)
    }
    ack[view] = summarize(keys.map(k => k.ack))
    settle[view] = summarize(keys.map(k => k.settle))
    busyShown[view] = [keys.filter(k => k.busy).length, keys.length]
    const slow = new Map<number, number>()
    for (const [id, , duration] of await slowEvents(page))
      slow.set(id, Math.max(slow.get(id) ?? 0, duration))
    slowInteractions[view] = { count: slow.size, max: Math.max(0, ...slow.values()) }

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
  return { dataset, firstChart, firstChartCpu, filter, filterCpu, heap, transfer: bytes, timeline: marks, auditDone: audit, ack, settle, busyShown, slowInteractions, bare, errors }
}

export async function benchBrowser(options: BrowserBenchOptions): Promise<BrowserBench> {
  const datasets = ensureDatasets(options.sizes)
  if (options.build)
    buildApp(datasets)
  if (options.build || !existsSync('dist/bench-bare/index.html'))
    await buildBare()
  const server = await serveStatic('dist', { gzip: true })
  const browser = await launchChromium()
  const start = loadavg()[0]!
  const calibration = await calibrate(browser)
  const rows: BrowserBenchRow[] = []
  let firstLoads: FirstLoad[] = []
  try {
    firstLoads = await benchFirstLoads(browser, server.url, VIEWS, TIMEOUT)
    for (const dataset of datasets) {
      console.error(`measuring ${dataset.name} …`)
      rows.push(await benchDataset(browser, server.url, dataset, options.changes))
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
  const result: BrowserBench = { rows, load: [start, loadavg()[0]!], calibration, firstLoads, chromium: browser.version() }
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

const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`

export function printBrowserBench(b: BrowserBench, changes: number): void {
  const cal = b.calibration
  console.log('')
  console.log('Browser (headless Chromium %s); load average %s → %s; calibration %s ms (min %s%s); filter changes: median / p95 of %d per view, ms',
    b.chromium, b.load[0].toFixed(2), b.load[1].toFixed(2), ms(cal.median), ms(cal.min),
    `; ${ratio(cal.median, CALIBRATION_REFERENCE_MS)} the reference ${CALIBRATION_REFERENCE_MS} ms: absolute goals ${Math.abs(cal.median / CALIBRATION_REFERENCE_MS - 1) <= 0.2 ? 'apply' : 'do not apply, read the ratios'}`, changes)
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
  console.log('')
  console.log('  The same in main-thread CPU time (what a free core would take; other processes barely change it):')
  printTable(
    ['dataset', 'first chart', ...VIEWS],
    b.rows.map(r => [r.dataset.name, `${ms(r.firstChartCpu)} ms`, ...VIEWS.map(v => `${ms(r.filterCpu[v].median)} / ${ms(r.filterCpu[v].p95)}`)]),
  )
  console.log('')
  console.log('  Where the first chart\'s time goes (ms after navigation start; long tasks before it: count, sum, longest):')
  printTable(
    ['dataset', ...PHASE_NAMES, 'main-thread CPU', 'waiting', 'long tasks'],
    b.rows.map((r) => {
      const p = phases(r.timeline)
      return [r.dataset.name, ...PHASE_NAMES.map(n => ms(p[n])), ms(r.firstChartCpu), ms(p.firstChart - r.firstChartCpu), `${p.longTasks.count}, ${ms(p.longTasks.total)}, ${ms(p.longTasks.max)}`]
    }),
  )
  console.log('')
  console.log('  Against the bare page (same files, one indicator, one bar chart, same ECharts build): first chart, filter change median / p95, and the app\'s ratios:')
  printTable(
    ['dataset', 'bare first chart', 'bare change', 'app / bare first chart', ...VIEWS.map(v => `${v} p95 / bare p95`)],
    b.rows.map(r => [
      r.dataset.name,
      `${ms(r.bare.firstChart)} ms`,
      `${ms(r.bare.change.median)} / ${ms(r.bare.change.p95)}`,
      ratio(r.firstChart, r.bare.firstChart),
      ...VIEWS.map(v => ratio(r.filter[v].p95, r.bare.change.p95)),
    ]),
  )
  console.log('')
  console.log('  The audit\'s results arrived at %s (ms after navigation start); the filter changes and key presses below are timed after them.',
    b.rows.map(r => `${r.dataset.name} ${r.auditDone === null ? 'not within the timeout' : ms(r.auditDone)}`).join(', '))
  console.log('')
  console.log('  Response to a key press on the year filter: keydown → next frame (acknowledgement) and → charts settled, median / p95 ms; frames showing every chart busy or redrawn; Event Timing interactions ≥ 16 ms (longest):')
  printTable(
    ['dataset', ...VIEWS.map(v => `${v} ack`), ...VIEWS.map(v => `${v} settle`), 'busy shown', 'slow interactions'],
    b.rows.map(r => [
      r.dataset.name,
      ...VIEWS.map(v => `${ms(r.ack[v].median)} / ${ms(r.ack[v].p95)}`),
      ...VIEWS.map(v => `${ms(r.settle[v].median)} / ${ms(r.settle[v].p95)}`),
      VIEWS.map(v => `${r.busyShown[v][0]}/${r.busyShown[v][1]}`).join(' · '),
      VIEWS.map(v => `${r.slowInteractions[v].count} (${ms(r.slowInteractions[v].max)})`).join(' · '),
    ]),
  )
  console.log('')
  console.log('  Each chart view opened cold on the bundled data (no throttling): first chart, LCP, long tasks until 1 s after the charts are ready (blocking time = their excess over 50 ms, as TBT counts it):')
  printTable(
    ['view', 'first chart', 'LCP', 'long tasks', 'longest', 'blocking'],
    b.firstLoads.map(f => [f.view, `${ms(f.firstChart)} ms`, f.lcp === null ? '—' : `${ms(f.lcp)} ms`, String(f.longTasks.length), `${ms(Math.max(0, ...f.longTasks))} ms`, `${ms(f.blocking)} ms`]),
  )
  console.log('  goals: first chart ≤ 1.5× bare (10k, 1m); 1m first chart ≤ 3000 ms and filter p95 ≤ 100 ms where the calibration is within 20 % of the reference;')
  console.log('         ack p95 ≤ 16 ms (10k), ≤ 50 ms (1m); settle p95 ≤ 33 ms (10k), ≤ 100 ms (1m); no long task > 200 ms on a view’s first load; heap ≤ 400 MB, data ≤ 30 MB gzip')
  for (const r of b.rows) {
    if (r.errors.length > 0)
      console.log(`  ${r.dataset.name}: ${r.errors.length} page error(s): ${r.errors[0]}`)
  }
}
