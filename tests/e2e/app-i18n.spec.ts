import { expect, test } from '@playwright/test'
import { chartsReady, hashQuery, openApp } from './app-helpers'

test('the language switch changes labels, the URL and the charts', async ({ page }) => {
  await openApp(page, '#/compare')
  await chartsReady(page)
  await expect(page.getByTestId('nav-compare')).toHaveText('区县对比')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await page.getByTestId('lang-switch').click()

  await expect(page.getByTestId('nav-compare')).toHaveText('Compare')
  await expect(page.getByTestId('nav-overview')).toHaveText('Overview')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByTestId('report-count')).toHaveText('5 reports')
  expect(hashQuery(page).get('lang')).toBe('en')
  await expect(page.getByTestId('chart-card').first()).toContainText('Licensing decisions')
  await expect(page.getByTestId('ranking-table')).toContainText('Yanchi')

  await page.getByTestId('lang-switch').click()
  await expect(page.getByTestId('nav-compare')).toHaveText('区县对比')
  expect(hashQuery(page).get('lang')).toBeNull()
})
