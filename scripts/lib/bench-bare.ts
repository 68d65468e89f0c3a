import type { Browser } from '@playwright/test'
import type { Summary } from './bench-stats'
import { resolve } from 'node:path'
import { build } from 'vite'
import { benchContext } from './bench-browser-setup'
import { summarize } from './bench-stats'

/**
 * The bare page (scripts/bench-bare/): the same dataset files, parsed,
 * one indicator aggregated, one bar chart drawn with the app's ECharts
 * build. Built into dist/bench-bare/ after the app (the same server serves
 * both), measured in its own fresh context. The app's figures are printed
 * as ratios to these: both move with the machine's load.
 */

export const BARE_FOLDER = 'bench-bare'

/** Build scripts/bench-bare/ into dist/bench-bare/ (after `vite build`, which empties dist/). */
export async function buildBare(): Promise<void> {
  await build({
    root: resolve('scripts/bench-bare'),
    configFile: false,
    base: './',
    logLevel: 'error',
    build: { outDir: resolve('dist', BARE_FOLDER), emptyOutDir: true, target: 'es2022' },
  })
}

export interface BareRow {
  /** Navigation start → the bar chart's `finished`, ms. */
  firstChart: number
  /** Aggregate again (a year filter) and draw, until `finished`, ms. */
  change: Summary
}

/** The years cycled through by the bare page's filter changes (each differs from the one before). */
const FROM_YEARS = [2019, 2017, 2022, 2015, 2020, 2018, 2023, 0]

export async function benchBare(browser: Browser, base: string, dataset: string, changes: number, timeout: number): Promise<BareRow> {
  const context = await benchContext(browser)
  const page = await context.newPage()
  await page.goto(`${base}${BARE_FOLDER}/index.html?dataset=${dataset}`)
  await page.waitForFunction('window.__bare && window.__bare.firstChart !== undefined', undefined, { timeout, polling: 50 })
  const firstChart = await page.evaluate('window.__bare.firstChart') as number
  const times: number[] = []
  for (let i = 0; i < changes + 2; i++) {
    const ms = await page.evaluate(`window.__bare.change(${FROM_YEARS[i % FROM_YEARS.length]})`) as number
    if (i >= 2)
      times.push(ms)
  }
  await context.close()
  return { firstChart, change: summarize(times) }
}

/**
 * A fixed JavaScript workload in a blank page of the same browser (fill a
 * million floats from an LCG, sort them, JSON round-trip 200,000 of them):
 * its time says how fast this machine runs JavaScript right now. Median
 * and minimum of 7 runs, ms.
 */
const CALIBRATION = `(() => {
  const t = performance.now()
  const a = new Float64Array(1e6)
  let x = 1
  for (let i = 0; i < a.length; i++) {
    x = (x * 16807) % 2147483647
    a[i] = x / 2147483647
  }
  a.sort()
  const back = JSON.parse(JSON.stringify(Array.from(a.subarray(0, 2e5))))
  if (back.length !== 2e5)
    throw new Error('calibration')
  return performance.now() - t
})()`

/**
 * The calibration's time on this machine at its fastest (the minimum seen
 * over the runs of 2026-12-02, docs/scale.md), ms. The absolute goals
 * (1M first chart ≤ 3 s, filter p95 ≤ 100 ms) hold where a run's median
 * calibration is within 20 % of it; elsewhere, read the ratios.
 */
export const CALIBRATION_REFERENCE_MS = 890

export async function calibrate(browser: Browser): Promise<{ median: number, min: number }> {
  const page = await browser.newPage()
  const runs: number[] = []
  for (let i = 0; i < 7; i++)
    runs.push(await page.evaluate(CALIBRATION) as number)
  await page.close()
  const s = summarize(runs)
  return { median: s.median, min: Math.min(...runs) }
}
