import type { Browser, BrowserContext } from '@playwright/test'
import { chromium } from '@playwright/test'
import config from '../../playwright.config'

/**
 * What every browser measurement shares: the browser, the page context it
 * runs in, and the filter states it cycles through.
 */

/**
 * Filter states cycled through, each different from the one before, so
 * every chart's data changes: agency kinds and year ranges, as a reviewer
 * narrows and widens.
 */
export const FILTER_STATES = [
  'kind=county-government',
  'kind=county-government&from=2019',
  'from=2019',
  'from=2017&to=2022',
  'kind=approval-bureau&from=2017&to=2022',
  'kind=approval-bureau',
  'kind=service-center,approval-bureau',
  'to=2020',
  'kind=county-government&to=2020',
  '',
]

/** The hash of `view` on `dataset` with `filters` (a query string without `?`). */
export function viewHash(view: string, dataset: string, filters: string): string {
  return `#/${view}?dataset=${dataset}${filters ? `&${filters}` : ''}`
}

/** Debian's Chromium with the flags of playwright.config.ts. */
export function launchChromium(): Promise<Browser> {
  const launch = config.use?.launchOptions
  return chromium.launch({ executablePath: launch?.executablePath ?? '/usr/bin/chromium', args: launch?.args })
}

/**
 * A fresh context (empty cache) at 1366×768 in Chinese, asking for reduced
 * motion: ChartCard then turns ECharts transitions off, so `finished` does
 * not wait for a 300 ms animation that says nothing about speed.
 */
export function benchContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', reducedMotion: 'reduce' })
}
