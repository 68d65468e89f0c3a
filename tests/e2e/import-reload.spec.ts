import type { Page } from '@playwright/test'
import path from 'node:path'
import { expect, test } from '@playwright/test'

/**
 * An imported report opened from its link after a reload or in a new tab
 * (issue 14 item 1): its text and evidence come back from IndexedDB before
 * the report view asks for them, and the linked value is marked.
 */

const REPORT = path.resolve(import.meta.dirname, '../fixtures/import/report-yanchi-2024.txt')

async function expectEvidenceShown(page: Page) {
  await expect(page.getByTestId('report-view')).toBeVisible()
  await expect(page.getByTestId('report-imported')).toBeVisible()
  await expect(page.getByTestId('evidence-mark').first()).toBeVisible()
  await expect(page.getByTestId('evidence-mark').first()).toContainText('6021')
  await expect(page.getByText('该报告没有原文和依据文件')).toHaveCount(0)
}

test('an imported report keeps its text and marked evidence after a reload and in a new tab', async ({ page, context }) => {
  await page.goto('#/import')
  await page.getByTestId('import-input').setInputFiles(REPORT)
  const file = page.getByTestId('import-file')
  await expect(file.getByTestId('import-confirm')).toBeEnabled()
  await file.getByTestId('import-confirm').click()
  await expect(file.getByTestId('import-outcome')).toContainText('已导入 1 份报告')
  await file.getByTestId('import-open-report').click()
  await page.locator('[data-testid=report-observation][data-indicator="licensing.decisions"]').getByTestId('observation-value').click()
  await expect(page).toHaveURL(/[?&]obs=\d+/)
  await expectEvidenceShown(page)
  const link = page.url()

  await page.reload()
  await expectEvidenceShown(page)

  const tab = await context.newPage()
  await tab.goto(link)
  await expectEvidenceShown(tab)
})
