import type { TestInfo } from '@playwright/test'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { chartsReady, openApp, VIEWS, watchConsole } from './app-helpers'

/**
 * Every view in both languages at 1366×768: no console errors, and a
 * screenshot in test-results/app-screenshots/ to look at.
 */

/** Screenshots go to one folder for all runs, named by view and language. */
function shot(testInfo: TestInfo, name: string): string {
  return path.join(testInfo.project.outputDir, 'app-screenshots', `${name}.png`)
}

for (const lang of ['zh', 'en'] as const) {
  test(`every view renders without console errors (${lang})`, async ({ page }, testInfo) => {
    const problems = watchConsole(page)
    const suffix = lang === 'en' ? '?lang=en' : ''
    for (const view of VIEWS) {
      await openApp(page, `#/${view === 'overview' ? '' : view}${suffix}`)
      await expect(page.getByTestId(`nav-${view}`)).toHaveAttribute('aria-current', 'page')
      if (['compare', 'trends', 'heatmap'].includes(view))
        await chartsReady(page)
      await page.screenshot({ path: shot(testInfo, `${view}-${lang}`) })
    }
    await openApp(page, `#/${suffix}`)
    await page.getByTestId('coverage-report').first().click()
    await expect(page.getByTestId('report-view')).toBeVisible()
    await page.getByTestId('observation-value').first().click()
    await expect(page.getByTestId('evidence-mark').first()).toBeVisible()
    await page.screenshot({ path: shot(testInfo, `report-${lang}`) })
    expect(problems).toEqual([])
  })
}

test('the dark theme applies to the page and the charts', async ({ page }, testInfo) => {
  const problems = watchConsole(page)
  await openApp(page, '#/compare?theme=dark')
  await chartsReady(page)
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(background).not.toBe('rgb(255, 255, 255)')
  await page.screenshot({ path: shot(testInfo, 'compare-dark') })
  expect(problems).toEqual([])
})

test('opening a chart view draws each chart once: the audit and the review records arriving redraw nothing when the marks are the same', async ({ page }) => {
  for (const view of ['compare', 'heatmap']) {
    await openApp(page, `#/${view}`)
    await chartsReady(page)
    // The audit runs in a worker as the view opens; the review records come from IndexedDB.
    await page.waitForTimeout(3000)
    const counts = await page.locator('[data-render-count]').evaluateAll(els => els.map(e => e.getAttribute('data-render-count')))
    expect(counts.length).toBeGreaterThan(0)
    expect(counts, view).toEqual(counts.map(() => '1'))
  }
})

test('a chart view starts the audit and reads the saved reviews only once its first chart is drawn', async ({ page }) => {
  await openApp(page, '#/compare')
  await chartsReady(page)
  // The audit's first step fetches the snapshot's text prints (内容雷同).
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some(r => r.name.endsWith('/prints.json')))).toBe(true)
  const [firstChart, prints] = await page.evaluate(() => [
    performance.getEntriesByName('dd:first-chart')[0]!.startTime,
    performance.getEntriesByType('resource').find(r => r.name.endsWith('/prints.json'))!.startTime,
  ])
  expect(prints).toBeGreaterThan(firstChart)
})

test('the compare view renders its ranking table once its first chart is drawn', async ({ page }) => {
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (document.querySelector('[data-testid="ranking-table"]')) {
        (window as unknown as { rankingAt: number }).rankingAt = performance.now()
        seen.disconnect()
      }
    })
    document.addEventListener('DOMContentLoaded', () => seen.observe(document.body, { childList: true, subtree: true }))
  })
  await openApp(page, '#/compare')
  await chartsReady(page)
  await expect(page.getByTestId('ranking-table')).toBeVisible()
  const [firstChart, ranking] = await page.evaluate(() => [
    performance.getEntriesByName('dd:first-chart')[0]!.startTime,
    (window as unknown as { rankingAt: number }).rankingAt,
  ])
  expect(ranking).toBeGreaterThan(firstChart)
})

test('the header names the dataset in the UI language, with its own description on hover', async ({ page }) => {
  await openApp(page, '#/?lang=en')
  const line = page.getByTestId('dataset-line')
  await expect(line).toHaveText('Dataset bundled · 5 annual reports')
  await expect(line).toHaveAttribute('title', /real annual reports/)
  await page.getByRole('button', { name: '中文' }).click()
  await expect(line).toHaveText('数据集 bundled · 5 份年报')
})
