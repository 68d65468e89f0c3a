import { expect, test } from '@playwright/test'
import { chartsReady, openApp, watchConsole } from './app-helpers'

/**
 * A generated dataset large enough to be decoded in the snapshot worker
 * (playwright.config.ts generates data/synthetic-e2e/ before the build).
 */

const DATASET = 'synthetic-e2e'

test('a large synthetic dataset loads through the worker and is labelled synthetic', async ({ page }) => {
  const problems = watchConsole(page)
  await openApp(page, `#/compare?dataset=${DATASET}`)
  await expect(page.getByTestId('synthetic-badge')).toContainText('合成数据')
  const count = Number(await page.getByTestId('report-count').getAttribute('data-count'))
  expect(count).toBeGreaterThan(1000)
  await chartsReady(page)
  await page.getByTestId('filter-from').selectOption({ index: 2 })
  await expect.poll(async () => Number(await page.getByTestId('report-count').getAttribute('data-count'))).toBeLessThan(count)
  expect(problems).toEqual([])
})
