import type { Browser } from '@playwright/test'
import { benchContext } from './bench-browser-setup'
import { chartsReady, firstChartTime, installBench, timeline } from './bench-page'

/**
 * A chart view opened cold on the bundled data, as Lighthouse opens it,
 * without its CPU and network throttling: long tasks (> 50 ms) until a
 * second after every chart is ready, their blocking time (each one's
 * excess over 50 ms, summed, as Lighthouse's TBT counts it) and the
 * largest contentful paint. Lighthouse itself runs with `npx lighthouse@13`
 * (docs/app.md); on a loaded shared machine its simulated 4× CPU makes the
 * score follow the load, so the bench reports what it is made of instead.
 */

export interface FirstLoad {
  view: string
  firstChart: number
  lcp: number | null
  /** Long task durations, ms, in order. */
  longTasks: number[]
  blocking: number
}

/** The quiet second after the charts are ready, when deferred work (tables, a map) runs. */
const SETTLE_MS = 1000

export async function benchFirstLoads(browser: Browser, base: string, views: readonly string[], timeout: number): Promise<FirstLoad[]> {
  const out: FirstLoad[] = []
  for (const view of views) {
    const context = await benchContext(browser)
    const page = await context.newPage()
    await installBench(page)
    await page.goto(`${base}#/${view}`)
    const firstChart = await firstChartTime(page, timeout)
    await chartsReady(page, timeout)
    await page.waitForTimeout(SETTLE_MS)
    const t = await timeline(page)
    const longTasks = t.longTasks.map(([, d]) => d)
    out.push({ view, firstChart, lcp: t.lcp, longTasks, blocking: longTasks.reduce((a, d) => a + Math.max(0, d - 50), 0) })
    await context.close()
  }
  return out
}
