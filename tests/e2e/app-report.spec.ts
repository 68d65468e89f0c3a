import { expect, test } from '@playwright/test'
import { openApp, watchConsole } from './app-helpers'

/** From the coverage matrix to a report, and from a number to the text that states it. */

test('the 2023 report of 盐池县 shows the evidence of its 5147 licensing decisions', async ({ page }) => {
  const problems = watchConsole(page)
  await openApp(page)
  await page.getByTestId('coverage-matrix').getByRole('link', { name: '盐池县审批服务管理局 2023' }).click()
  await expect(page.getByTestId('report-view')).toBeVisible()
  await expect(page.getByRole('heading', { level: 2 })).toContainText('盐池县审批服务管理局 2023年')

  const row = page.locator('[data-testid=report-observation][data-indicator="licensing.decisions"]')
  await expect(row.getByTestId('observation-value')).toContainText('5,147')
  await expect(row).toContainText('5147')
  await row.getByTestId('observation-value').click()

  // The number itself is marked, on its table row's line.
  const mark = page.getByTestId('evidence-mark')
  await expect(mark).toBeVisible()
  await expect(mark).toHaveText('5147')
  await expect(page.locator('.line', { has: mark })).toContainText('行政许可')
  expect(new URL(page.url()).hash).toContain('obs=')

  // The link points at the number: reloading keeps the evidence marked.
  await page.reload()
  await expect(page.getByTestId('evidence-mark')).toContainText('5147')
  await expect(page.getByTestId('report-table').first()).toBeVisible()
  expect(problems).toEqual([])
})

test('a failed check links to its report', async ({ page }) => {
  await openApp(page, '#/checks')
  const links = page.getByTestId('check-report-link')
  await expect(links.first()).toBeVisible()
  const agency = await links.first().innerText()
  await links.first().click()
  await expect(page.getByTestId('report-view')).toBeVisible()
  await expect(page.getByTestId('report-meta')).toContainText(agency)
})

test('four hotline figures of one sentence are four marks, the chosen one emphasised', async ({ page }) => {
  // 沙坡头区 2023: 转办市民热线7573件 … 按时办结5850件，按时办结率94.34%，市民满意率95.43%; observation 27 is the on-time rate.
  await openApp(page, '#/report/66ff902454663c3e?obs=27')
  const marks = page.getByTestId('evidence-mark')
  await expect(marks).toHaveText(['7573', '5850', '94.34', '95.43'])
  await expect(page.locator('mark[data-selected]')).toHaveText('94.34')
  await expect(page.locator('mark[data-selected]')).toBeInViewport()
})
