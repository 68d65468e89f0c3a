import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { openApp, watchConsole } from './app-helpers'

/**
 * The default dataset is preloaded while the code downloads, but only when
 * the URL does not name another one (issue 11 item 8): a reviewer opening
 * `?dataset=synthetic-10k` on a phone should not pay for data/bundled/ too.
 */

function bundledRequests(page: Page): string[] {
  const urls: string[] = []
  page.on('request', (r) => {
    if (r.url().includes('/data/bundled/'))
      urls.push(r.url())
  })
  return urls
}

test('another dataset in the URL: nothing of data/bundled/ is downloaded', async ({ page }) => {
  const problems = watchConsole(page)
  const bundled = bundledRequests(page)
  await openApp(page, '#/?dataset=synthetic-e2e')
  await expect(page.getByTestId('synthetic-badge')).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(bundled).toEqual([])
  expect(problems).toEqual([])
})

test('the default dataset is still preloaded, and fetched once per file', async ({ page }) => {
  const problems = watchConsole(page)
  const bundled = bundledRequests(page)
  await openApp(page, '#/compare')
  await page.waitForLoadState('networkidle')
  const files = bundled.map(u => new URL(u).pathname.split('/').pop())
  for (const f of ['manifest.json', 'reports.json', 'observations.json'])
    expect(files.filter(x => x === f), f).toHaveLength(1)
  // The preload links are there (the app's fetch reused them: one request each above).
  await expect(page.locator('link[rel=preload][href$="data/bundled/observations.json"]')).toHaveCount(1)
  expect(problems).toEqual([])
})
