import { expect, test } from '@playwright/test'
import { openApp } from './app-helpers'

const licensing = '[data-testid=kpi-card][data-indicator="licensing.decisions"]'

test('KPIs show one year (the latest in range), which agencies they add up, and 同比', async ({ page }) => {
  // Every report together would be 0 + 0 + 14,356 + 5,147 + 4,625 = 24,128 件 (2019–2023, three agency kinds).
  await openApp(page, '#/')
  await expect(page.getByTestId('kpi-year')).toContainText('2023 年')
  const card = page.locator(licensing)
  await expect(card.getByTestId('kpi-value')).toHaveText(/^5,147/)
  await expect(card.getByTestId('kpi-agencies')).toHaveText('机构：审批服务管理局 1 份、政务服务中心 1 份')
  // 盐池县's 2022 figure is its county government's: not the same agency, so no 同比 number.
  await expect(card.getByTestId('kpi-change')).toHaveText('同比：无同一机构的 2022 年数值可比')

  await openApp(page, '#/?to=2022&lang=en')
  await expect(page.getByTestId('kpi-year')).toContainText('2022')
  await expect(card.getByTestId('kpi-value')).toHaveText(/^14,356/)
  await expect(card.getByTestId('kpi-agencies')).toHaveText('Agencies: County government 1')

  await openApp(page, '#/?to=2019')
  await expect(card.getByTestId('kpi-change')).toHaveText('同比：无 2018 年报告')
})

test('the compare view states its rule, and its bars and ranking name the agency and year behind each value', async ({ page }) => {
  await openApp(page, '#/compare?indicator=licensing.decisions')
  await expect(page.getByTestId('view-rule')).toContainText('每个区县取 2019–2023年 内最近一年的数值')
  await expect(page.getByTestId('view-rule')).toContainText('各类机构')
  const ranking = page.getByTestId('ranking-table')
  await expect(ranking.locator('tbody tr').first()).toContainText('盐池县（2023 · 审批服务管理局）')
  await expect(ranking.locator('tbody tr').first()).toContainText('盐池县审批服务管理局')
  await expect(ranking.locator('tbody tr').first()).toContainText('5,147')
  // With the county government chosen, its 2022 report is the one counted, and the rule says so.
  await openApp(page, '#/compare?indicator=licensing.decisions&kind=county-government')
  await expect(page.getByTestId('view-rule')).toContainText('县（区、市）政府')
  await expect(ranking.locator('tbody tr').first()).toContainText('盐池县（2022 · 县（区、市）政府）')
  await expect(ranking.locator('tbody tr').first()).toContainText('14,356')
})
