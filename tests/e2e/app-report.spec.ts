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

  const mark = page.getByTestId('evidence-mark')
  await expect(mark).toBeVisible()
  await expect(mark).toContainText('行政许可')
  await expect(mark).toContainText('5147')
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
