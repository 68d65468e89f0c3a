import type { CDPSession, Page } from '@playwright/test'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * What the browser benchmark measures inside the page, through the
 * ChartCard contract (docs/architecture.md): `[data-testid="chart-card"]`,
 * `data-chart-state="ready"` and `data-render-count`, which ChartCard bumps
 * on each ECharts `finished`.
 */

const CHART = '[data-testid="chart-card"] [data-render-count]'

/**
 * The in-page half, installed before any page script as `window.__bench`.
 * Plain JavaScript in a string: functions handed to page.evaluate from a
 * tsx-run script carry esbuild's `__name` helper, which the page lacks.
 *
 * - `firstChart`: ms from navigation start until the first chart is ready.
 * - `ready()`: the number of displayed charts once all are ready, else 0.
 * - `view(hash, timeout)`: switch to another view and resolve once its own
 *   charts (not the old view's, still displayed for a moment) are ready.
 * - `change(hash, timeout)`: set the URL's hash (as a pasted link or the back
 *   button does; the router reacts to it like to any navigation) and resolve
 *   with the ms until every displayed chart has rendered again and is ready.
 */
const PAGE_SCRIPT = `(() => {
  const CHART = ${JSON.stringify(CHART)}
  // Cards waiting below the fold (data-chart-state="offscreen") are drawn when scrolled to: not displayed.
  const displayed = () => [...document.querySelectorAll(CHART)].filter(el => el.offsetParent !== null && el.dataset.chartState !== 'offscreen')
  const bench = window.__bench = {
    firstChart: undefined,
    ready() {
      const charts = displayed()
      return charts.length > 0 && charts.every(el => el.dataset.chartState === 'ready') ? charts.length : 0
    },
    view(hash, timeout) {
      return new Promise((resolve, reject) => {
        const old = displayed()
        const done = () => old.every(el => !el.isConnected) && bench.ready() > 0
        const observer = new MutationObserver(() => {
          if (done()) {
            observer.disconnect()
            clearTimeout(timer)
            resolve(bench.ready())
          }
        })
        const timer = setTimeout(() => {
          observer.disconnect()
          reject(new Error('the view of ' + hash + ' did not show ready charts within ' + timeout + ' ms'))
        }, timeout)
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-chart-state'] })
        location.hash = hash
      })
    },
    change(hash, timeout) {
      return new Promise((resolve, reject) => {
        const charts = displayed()
        const before = charts.map(el => Number(el.dataset.renderCount))
        const done = () => charts.every((el, i) => Number(el.dataset.renderCount) > before[i] && el.dataset.chartState === 'ready')
        const start = performance.now()
        const observer = new MutationObserver(() => {
          if (done()) {
            observer.disconnect()
            clearTimeout(timer)
            resolve(performance.now() - start)
          }
        })
        const timer = setTimeout(() => {
          observer.disconnect()
          reject(new Error('charts did not re-render within ' + timeout + ' ms after ' + hash))
        }, timeout)
        observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-render-count', 'data-chart-state'] })
        location.hash = hash
      })
    },
  }
  // Long tasks (over 50 ms) and slow interactions (Event Timing, 16 ms and up), from the start.
  const longTasks = []
  const slowEvents = []
  try {
    new PerformanceObserver(list => list.getEntries().forEach(e => longTasks.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true })
    new PerformanceObserver(list => list.getEntries().forEach(e => e.interactionId && slowEvents.push([e.interactionId, e.name, e.duration]))).observe({ type: 'event', durationThreshold: 16, buffered: true })
    new PerformanceObserver(list => list.getEntries().forEach(e => { bench.lcp = e.startTime })).observe({ type: 'largest-contentful-paint', buffered: true })
  }
  catch {}
  bench.timeline = () => {
    const nav = performance.getEntriesByType('navigation')[0]
    return {
      marks: performance.getEntriesByType('mark').filter(m => m.name.startsWith('dd:')).map(m => [m.name, m.startTime]),
      nav: nav ? { responseEnd: nav.responseEnd, domInteractive: nav.domInteractive, domContentLoaded: nav.domContentLoadedEventEnd } : null,
      resources: performance.getEntriesByType('resource').map(r => [r.name, r.startTime, r.responseEnd]),
      longTasks: longTasks.slice(),
      lcp: bench.lcp ?? null,
    }
  }
  bench.slowEvents = () => slowEvents.splice(0)
  /**
   * Before a key press (sent by Playwright, so a trusted input): on its
   * keydown, time to the next animation frame (the frame that paints the
   * acknowledgement; INP's "input → next paint" less the paint itself),
   * whether every displayed chart shows it then (busy, or already redrawn),
   * and the time until every displayed chart has redrawn and is ready.
   */
  bench.arm = (timeout) => {
    const charts = displayed()
    const before = charts.map(el => Number(el.dataset.renderCount))
    bench.pending = new Promise((resolve, reject) => {
      let t0 = 0
      let ack = -1
      let busy = false
      const done = () => charts.every((el, i) => Number(el.dataset.renderCount) > before[i] && el.dataset.chartState === 'ready')
      const observer = new MutationObserver(() => {
        if (t0 > 0 && ack >= 0 && done()) {
          observer.disconnect()
          clearTimeout(timer)
          resolve({ ack, busy, settle: performance.now() - t0 })
        }
      })
      const timer = setTimeout(() => {
        observer.disconnect()
        reject(new Error('charts did not re-render within ' + timeout + ' ms after a key press'))
      }, timeout)
      window.addEventListener('keydown', (e) => {
        t0 = e.timeStamp
        requestAnimationFrame(() => {
          ack = performance.now() - t0
          busy = charts.every((el, i) => el.dataset.chartState === 'rendering' || Number(el.dataset.renderCount) > before[i])
          if (done()) {
            observer.disconnect()
            clearTimeout(timer)
            resolve({ ack, busy, settle: performance.now() - t0 })
          }
        })
      }, { capture: true, once: true })
      observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-render-count', 'data-chart-state'] })
    })
    return charts.length
  }
  const first = new MutationObserver(() => {
    if (document.querySelector(CHART + '[data-chart-state="ready"]')) {
      bench.firstChart = performance.now()
      first.disconnect()
    }
  })
  first.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-chart-state'] })
})()`

interface BenchWindow { __bench: { firstChart?: number, ready: () => number } }

export async function installBench(page: Page): Promise<void> {
  await page.addInitScript(PAGE_SCRIPT)
}

/** Navigation start → first chart ready, in ms. */
export async function firstChartTime(page: Page, timeout: number): Promise<number> {
  // A function, not a string: the app's CSP forbids the eval a string predicate needs.
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.firstChart !== undefined, undefined, { timeout, polling: 50 })
  return page.evaluate('window.__bench.firstChart') as Promise<number>
}

/** Every displayed chart is ready (after a view switch); resolves with how many. */
export async function chartsReady(page: Page, timeout: number): Promise<number> {
  const handle = await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.ready(), undefined, { timeout, polling: 50 })
  return (await handle.jsonValue()) as number
}

/**
 * Wait for the audit's results (its performance measure "audit", set when
 * they arrive, src/stores/audit.ts) and the charts redrawn with their flags;
 * resolves with when they arrived, ms after navigation start, or null if
 * they did not within `timeout`. The interactions are timed after this: at
 * a million observations the results arrive seconds after the first chart
 * and take the main thread for a few hundred ms, which is first-load work
 * (reported here), not a filter change's.
 */
export async function auditDone(page: Page, timeout: number): Promise<number | null> {
  try {
    await page.waitForFunction(() => performance.getEntriesByName('audit').length > 0, undefined, { timeout, polling: 100 })
  }
  catch {
    return null
  }
  await chartsReady(page, timeout)
  return page.evaluate(() => {
    const m = performance.getEntriesByName('audit')[0]!
    return m.startTime + m.duration
  })
}

/** Where the first chart's time went: the app's marks, navigation timing, resources and long tasks (ms from navigation start). */
export interface Timeline {
  marks: [string, number][]
  nav: { responseEnd: number, domInteractive: number, domContentLoaded: number } | null
  resources: [string, number, number][]
  longTasks: [number, number][]
  /** Largest contentful paint so far, ms (null before any). */
  lcp: number | null
}

export async function timeline(page: Page): Promise<Timeline> {
  return page.evaluate('window.__bench.timeline()') as Promise<Timeline>
}

export interface KeyTiming {
  /** Keydown → the next animation frame, ms. */
  ack: number
  /** Every displayed chart showed the change in that frame (busy mark, or already redrawn). */
  busy: boolean
  /** Keydown → every displayed chart redrawn and ready, ms. */
  settle: number
}

/** Press `key` on the focused element and time the response (see `bench.arm`). */
export async function timeKey(page: Page, key: string, timeout: number): Promise<KeyTiming> {
  await page.evaluate(`window.__bench.arm(${timeout})`)
  await page.keyboard.press(key)
  return page.evaluate('window.__bench.pending') as Promise<KeyTiming>
}

/** Event Timing entries of 16 ms and more since the last call: [interactionId, event name, duration]. */
export async function slowEvents(page: Page): Promise<[number, string, number][]> {
  return page.evaluate('window.__bench.slowEvents()') as Promise<[number, string, number][]>
}

/** Go to `hash` and time until every displayed chart has re-rendered. */
export async function timeFilterChange(page: Page, hash: string, timeout: number): Promise<number> {
  return page.evaluate(`window.__bench.change(${JSON.stringify(hash)}, ${timeout})`) as Promise<number>
}

/** Switch view and wait for its charts; resolves with the ms it took. */
export async function switchView(page: Page, hash: string, timeout: number): Promise<number> {
  return page.evaluate(`window.__bench.view(${JSON.stringify(hash)}, ${timeout})`) as Promise<number>
}

/**
 * CPU time of the renderer's main thread so far, ms (CDP Performance
 * metric ThreadTime): unlike wall time, barely affected by other processes
 * competing for the cores. Needs `Performance.enable` on the session.
 */
export async function mainThreadCpu(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics')
  return (metrics.find(m => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000
}

/**
 * Memory in use after a full garbage collection, bytes: the JS heap, and
 * the ArrayBuffers outside it (the typed-array columns live there).
 */
export async function heapAfterGc(cdp: CDPSession): Promise<{ heap: number, buffers: number }> {
  await cdp.send('HeapProfiler.collectGarbage')
  const usage = await cdp.send('Runtime.getHeapUsage') as { usedSize: number, backingStorageSize?: number }
  return { heap: usage.usedSize, buffers: usage.backingStorageSize ?? 0 }
}

export interface Transfer {
  /** Bytes on the wire (compressed bodies plus headers). */
  encoded: number
  /** Bytes after decompression. */
  decoded: number
  /** The same two for files under data/ only. */
  dataEncoded: number
  dataDecoded: number
  requests: number
}

/** A dataset file's address (served under data/<name>/). */
const DATA_URL = /\/data\//

/**
 * Count bytes of every response from now on, split into app and data files.
 * The page's CDP session does not see its workers' requests (at scale the
 * decoding workers fetch the data files): Playwright's events do, so a
 * request CDP never saw is counted from them, its decoded size being the
 * served file's under `root`.
 */
export async function countTransfer(cdp: CDPSession, page: Page, root: string): Promise<() => Promise<Transfer>> {
  const urls = new Map<string, string>()
  const seen = new Set<string>()
  const pending: Promise<void>[] = []
  page.on('requestfinished', (request) => {
    pending.push((async () => {
      if (seen.has(request.url()))
        return
      const sizes = await request.sizes()
      const encoded = sizes.responseBodySize + sizes.responseHeadersSize
      // The served file's size: DevTools evicts a large body from its cache.
      const decoded = (await stat(join(root, decodeURIComponent(new URL(request.url()).pathname))).catch(() => null))?.size ?? 0
      t.encoded += encoded
      t.decoded += decoded
      t.requests++
      if (DATA_URL.test(request.url())) {
        t.dataEncoded += encoded
        t.dataDecoded += decoded
      }
    })().catch(() => {}))
  })
  const t: Transfer = { encoded: 0, decoded: 0, dataEncoded: 0, dataDecoded: 0, requests: 0 }
  const isData = (id: string) => DATA_URL.test(urls.get(id) ?? '')
  cdp.on('Network.requestWillBeSent', (e) => {
    urls.set(e.requestId, e.request.url)
    seen.add(e.request.url)
  })
  cdp.on('Network.dataReceived', (e) => {
    t.decoded += e.dataLength
    if (isData(e.requestId))
      t.dataDecoded += e.dataLength
  })
  cdp.on('Network.loadingFinished', (e) => {
    t.encoded += e.encodedDataLength
    t.requests++
    if (isData(e.requestId))
      t.dataEncoded += e.encodedDataLength
  })
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  return async () => {
    await Promise.all(pending)
    return { ...t }
  }
}
