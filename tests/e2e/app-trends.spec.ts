import { expect, test } from '@playwright/test'
import { chartsReady, openApp } from './app-helpers'

test('a trend line joining different agencies\' reports is flagged, and the agency filter clears it', async ({ page }) => {
  // 盐池县: the county government's 2022 report (14,356) and the approval bureau's 2023 report (5,147).
  await openApp(page, '#/trends?indicator=licensing.decisions')
  await chartsReady(page)
  await expect(page.getByTestId('trends-mixed-agencies')).toContainText('1 个区县')
  await openApp(page, '#/trends?indicator=licensing.decisions&kind=approval-bureau')
  await chartsReady(page)
  await expect(page.getByTestId('trends-mixed-agencies')).toHaveCount(0)
})
