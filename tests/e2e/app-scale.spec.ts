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

test('a malformed file of a large dataset, decoded by the workers, names the file and the field', async ({ page }) => {
  // The reports and the observations are decoded by a worker each: either one's fault is reported.
  await page.route(`**/data/${DATASET}/observations.json`, async (route) => {
    const response = await route.fetch()
    const body = await response.json()
    body.value[7] = 'many'
    await route.fulfill({ response, json: body })
  })
  await page.goto(`/#/compare?dataset=${DATASET}`)
  await expect(page.getByTestId('data-error-file')).toContainText('observations.json')
  await expect(page.getByTestId('data-error-detail')).toContainText('value.7')

  await page.unrouteAll()
  await page.route(`**/data/${DATASET}/reports.json`, async (route) => {
    const response = await route.fetch()
    const body = await response.json()
    body.reports[2].year = 'last year'
    await route.fulfill({ response, json: body })
  })
  await page.goto('about:blank')
  await page.goto(`/#/compare?dataset=${DATASET}`)
  await expect(page.getByTestId('data-error-file')).toContainText('reports.json')
  await expect(page.getByTestId('data-error-detail')).toContainText('reports.2.year')
})
