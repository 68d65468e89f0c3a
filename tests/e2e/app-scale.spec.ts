import { existsSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { chartsReady, openApp, watchConsole } from './app-helpers'

/**
 * A generated dataset large enough to be decoded in the snapshot worker
 * (npm run gen:synthetic writes data/synthetic-100k/; skipped without it).
 */

const DATASET = 'synthetic-100k'
const present = existsSync(path.resolve(import.meta.dirname, `../../data/${DATASET}/manifest.json`))

test('a large synthetic dataset loads through the worker and is labelled synthetic', async ({ page }) => {
  test.skip(!present, `data/${DATASET} not generated`)
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
