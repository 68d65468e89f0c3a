import type { Page } from '@playwright/test'
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

/** The page's own fetches of a dataset's manifest and data files, from its resource timeline (a worker's fetches are in the worker's). */
function pageFetches(page: Page, dataset: string): Promise<string[]> {
  return page.evaluate(name => performance.getEntriesByType('resource')
    .filter(e => /\/data\/[\w-]+\/(?:manifest|reports|observations)\.json$/.test(e.name) && e.name.includes(`/data/${name}/`))
    .map(e => `${e.name.split('/').pop()} ${(e as PerformanceResourceTiming).initiatorType}`), dataset)
}

test('a large dataset\'s files are fetched by the workers, a small one\'s preloaded by the page', async ({ page }) => {
  // Received on the page, a million observations' bytes were ~0.8 s of its main thread (issue 13).
  await openApp(page, `#/compare?dataset=${DATASET}`)
  await chartsReady(page)
  expect((await pageFetches(page, DATASET)).sort()).toEqual(['manifest.json fetch'])
  const small = await page.context().newPage()
  await openApp(small, '#/compare')
  await chartsReady(small)
  expect((await pageFetches(small, 'bundled')).sort()).toEqual(['manifest.json fetch', 'observations.json link', 'reports.json link'])
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
