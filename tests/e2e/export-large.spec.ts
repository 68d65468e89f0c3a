import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { PNG } from 'pngjs'
import { watchConsole } from './app-helpers'

/**
 * Exports of a large dataset (issue 14 item 2): the heatmap of the 60k-observation
 * synthetic dataset has thousands of cells, which ECharts painted
 * progressively; the export instance was disposed with a frame still
 * scheduled, which threw `Cannot read properties of null (reading 'layerStack')`.
 */

test('the heatmap PNG of a large dataset exports twice without an error', async ({ page }) => {
  const problems = watchConsole(page)
  test.setTimeout(120_000)
  await page.goto('/#/heatmap?dataset=synthetic-e2e')
  await expect(page.getByTestId('report-count')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('chart-card').first().locator('[data-chart-state=ready]')).toBeVisible({ timeout: 30_000 })
  const card = page.getByTestId('chart-card').first()
  for (let i = 0; i < 2; i++) {
    await card.getByTestId('chart-export').click()
    const download = page.waitForEvent('download')
    await page.getByText('PNG 图片（2 倍清晰度）').click()
    const png = PNG.sync.read(readFileSync(await (await download).path()))
    expect(png.width).toBeGreaterThan(1000)
  }
  // A paint left scheduled would run in the next frames.
  await page.waitForTimeout(1000)
  expect(problems).toEqual([])
})
