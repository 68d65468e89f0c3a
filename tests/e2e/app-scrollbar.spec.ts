import { expect, test } from '@playwright/test'
import { chartsReady, openApp } from './app-helpers'

/**
 * With the scrollbars a reader's browser shows (Playwright hides them in
 * headless Chromium unless told not to), a page growing past the window
 * must not narrow it: every chart would be laid out and drawn again.
 */
test.use({ launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'], ignoreDefaultArgs: ['--hide-scrollbars'] } })

test('the page growing past the window (the ranking table arriving) does not narrow the charts and redraw them', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 3000 })
  await openApp(page, '#/compare')
  await chartsReady(page)
  await expect(page.getByTestId('ranking-table')).toBeVisible()
  const counts = () => page.locator('[data-render-count]').evaluateAll(els => els.map(e => e.getAttribute('data-render-count')))
  const before = await counts()
  const width = await page.locator('[data-render-count]').first().evaluate(e => e.getBoundingClientRect().width)
  await page.evaluate(() => {
    document.body.style.paddingBottom = '4000px'
  })
  await page.waitForTimeout(500)
  expect(await page.locator('[data-render-count]').first().evaluate(e => e.getBoundingClientRect().width)).toBe(width)
  expect(await counts()).toEqual(before)
})
