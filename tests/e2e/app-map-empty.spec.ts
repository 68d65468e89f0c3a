import { expect, test } from '@playwright/test'
import { chartsReady, openApp } from './app-helpers'

/** Issue 11 items 3, 12 and 15: missing counties, filtered-out counties, empty selections and indicators say what they are. */

test('the map tells counties outside the filters from counties without a report', async ({ page }) => {
  await openApp(page, '#/compare?pref=吴忠市')
  await chartsReady(page)
  // ECharts' aria description of the map card (what a screen reader hears) names both.
  const map = page.getByTestId('chart-card').nth(1).locator('[aria-label*="地图"]').last()
  await expect(map).toHaveAttribute('aria-label', /不在筛选范围内 17/)
  await expect(map).toHaveAttribute('aria-label', /无数据/)
})

test('every county of the province is in the ranking, those without a report say so', async ({ page }) => {
  await openApp(page, '#/compare')
  await chartsReady(page)
  const ranking = page.getByTestId('ranking-table')
  await expect(ranking.locator('tbody tr')).toHaveCount(22)
  const dawukou = ranking.locator('tbody tr', { hasText: '大武口区' })
  await expect(dawukou).toContainText('无报告')
  await expect(dawukou).not.toContainText(/\b0\b.*无报告/)
})

test('an empty selection says so instead of drawing blank axes, and resets', async ({ page }) => {
  for (const view of ['compare', 'trends', 'heatmap']) {
    await openApp(page, `#/${view}?pref=石嘴山市`)
    await expect(page.getByTestId('empty-selection')).toContainText('没有报告')
    await expect(page.getByTestId('chart-card')).toHaveCount(0)
  }
  await page.getByTestId('empty-selection').getByRole('button').click()
  await chartsReady(page)
  await expect(page.getByTestId('empty-selection')).toHaveCount(0)
})

test('the indicator picker says how many counties and reports state each indicator in scope (item 15)', async ({ page }) => {
  await openApp(page, '#/?pref=吴忠市')
  await page.getByTestId('filter-indicator').first().click()
  const option = page.locator('.n-base-select-option').filter({ hasText: '行政许可 本年处理决定数量' }).first()
  // 吴忠市's reports in the bundled data: 盐池县's 2022 county government and 2023 approval bureau reports.
  await expect(option).toContainText('1 个区县 · 2 份报告')
})
