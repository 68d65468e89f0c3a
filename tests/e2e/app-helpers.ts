import type { ConsoleMessage, Locator, Page } from '@playwright/test'
import { expect } from '@playwright/test'

/** The views reachable from the navigation bar (the import panel has its own tests). */
export const VIEWS = ['overview', 'compare', 'trends', 'heatmap', 'checks'] as const

/** Uncaught errors, console errors and CSP violations (in the page and its workers), so a test can assert there were none. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = []
  page.on('pageerror', e => problems.push(`pageerror: ${e.message}`))
  const onConsole = (m: ConsoleMessage): void => {
    if (m.type() === 'error' || m.text().includes('Content Security Policy') || m.text().startsWith(CSP_MARK))
      problems.push(`${m.type()}: ${m.text()}`)
  }
  // Workers' console messages come here too.
  page.on('console', onConsole)
  // A violation the code catches (Zod's or pdf.js's eval probe) logs nothing
  // in some browsers: the event is the one signal that always fires.
  void page.addInitScript((mark) => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`${mark} ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`)
    })
  }, CSP_MARK)
  return problems
}

/** What the page logs for a `securitypolicyviolation` event. */
const CSP_MARK = 'securitypolicyviolation:'

/** The app at a hash route, once the data is in and the filter bar shows. */
export async function openApp(page: Page, hash = '#/'): Promise<void> {
  await page.goto(`/${hash}`)
  await expect(page.getByTestId('report-count')).toBeVisible()
}

/** Every chart on the page drawn at least once. */
export async function chartsReady(page: Page): Promise<void> {
  await expect(page.getByTestId('chart-card').first().locator('[data-chart-state=ready]')).toBeVisible()
  // A card below the fold waits to be scrolled to (offscreen), not busy.
  await expect(page.locator('[data-testid=chart-card] [data-chart-state]:not([data-chart-state=ready]):not([data-chart-state=offscreen])')).toHaveCount(0)
}

/** Times ECharts finished drawing a card, to tell a redraw from a stale chart. */
export async function renderCount(card: Locator): Promise<number> {
  return Number(await card.locator('[data-render-count]').getAttribute('data-render-count'))
}

/** Pick an option of a filter (a Naive UI select mounted on first use) by typing and clicking. */
export async function pickOption(page: Page, testId: string, search: string, option: string): Promise<void> {
  await page.getByTestId(testId).first().click()
  // The stand-in hands over to the real select once its code has loaded: type into the open menu's search, not before.
  await page.locator('.n-base-select-menu').first().waitFor()
  await page.keyboard.type(search)
  await page.locator('.n-base-select-option').filter({ hasText: option }).first().click()
  await page.keyboard.press('Escape')
}

/** The query of the hash route, decoded. */
export function hashQuery(page: Page): URLSearchParams {
  const hash = new URL(page.url()).hash
  return new URLSearchParams(hash.slice(hash.indexOf('?') + 1))
}

/**
 * The text of every cell in a column of a Naive data table, by header text,
 * once the table is there (the compare view's ranking renders after its
 * first chart).
 */
export async function columnTexts(table: Locator, header: string): Promise<string[]> {
  await expect(table.locator('thead th').first()).toBeVisible()
  const headers = await table.locator('thead th').allInnerTexts()
  const index = headers.findIndex(h => h.trim().startsWith(header))
  expect(index, `column "${header}" in ${headers.join(' | ')}`).toBeGreaterThanOrEqual(0)
  return table.locator(`tbody tr td:nth-child(${index + 1})`).allInnerTexts()
}
