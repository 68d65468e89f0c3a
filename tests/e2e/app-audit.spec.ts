import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { chartsReady, openApp, watchConsole } from './app-helpers'

/**
 * The audit in the app: the bundled 盐池县审批服务管理局 2023 with the same
 * agency's 2022 and 2024 imported (tests/fixtures/audit/breaks): the checks
 * view lists the checks across reports beside the per-report ones, with a
 * link to each report they concern.
 */

const fixture = (name: string) => path.resolve(import.meta.dirname, '../fixtures/audit/breaks', name)

test('imported years of a bundled agency: continuity breaks and a copied section in the checks list, linked to both reports', async ({ page }) => {
  const problems = watchConsole(page)
  await page.goto('#/import')
  await page.getByTestId('import-input').setInputFiles([fixture('yanchi-approval-2022.txt'), fixture('yanchi-approval-2024.txt')])
  await expect(page.getByTestId('import-confirm')).toHaveCount(2)
  await page.getByTestId('import-confirm').first().click()
  await expect(page.getByTestId('import-outcome')).toHaveCount(1)
  await page.getByTestId('import-confirm').first().click()
  await expect(page.getByTestId('import-outcome')).toHaveCount(2)

  await page.goto('#/checks')
  const table = page.getByTestId('checks-table')
  const carry = table.locator('tr').filter({ hasText: 'continuity.applications' })
  await expect(carry).toContainText('2023 年报告“二、上年结转政府信息公开申请数量”为 0 件，而 2022 年报告“四、结转下年度继续办理”为 2 件')
  await expect(carry.getByTestId('check-report-link')).toHaveText(['盐池县审批服务管理局 2022', '盐池县审批服务管理局 2023'])

  // 内容雷同 from the section prints: estimated (≈), far above the threshold.
  const copies = table.locator('tr').filter({ hasText: 'similarity.previous_year' })
  await expect(copies).toHaveCount(2)
  await expect(copies.first()).toContainText('2024 年报告第五部分有 ≈100% 的文字')
  await expect(copies.nth(1)).toContainText('改数不改文的典型照抄')

  await carry.getByTestId('check-report-link').first().click()
  await expect(page.getByTestId('report-view')).toBeVisible()
  await expect(page.getByTestId('report-meta')).toContainText('2022')

  // The copy with its figures updated, side by side: shared passages marked in both texts, the changed figures pointed out.
  await page.goBack()
  await copies.nth(1).getByTestId('check-similar-link').click()
  await expect(page.getByTestId('similar-view')).toBeVisible()
  for (const side of ['similar-text-0', 'similar-text-1']) {
    await expect(page.getByTestId(side).locator('[data-kind=shared]').first()).toBeVisible()
    expect(await page.getByTestId(side).locator('[data-kind=changed]').count()).toBeGreaterThan(0)
  }
  await expect(page.getByTestId('similar-text-0')).toContainText('盐池县审批服务管理局 2023')
  await expect(page.getByTestId('similar-text-1')).toContainText('盐池县审批服务管理局 2024')
  expect(problems).toEqual([])
})

test('a check leads to the marked line in its report; its review status and note survive a reload', async ({ page }) => {
  const problems = watchConsole(page)
  await openApp(page, '#/checks')
  const row = page.getByTestId('checks-table').locator('tr').filter({ hasText: 'value.suspicious_zero' })
  await expect(row).toHaveCount(1)
  await expect(row.getByTestId('check-status')).toContainText('待核实')

  // The link opens 中宁县 2019 at line 61 (the 行政许可 row the check is about), marked and scrolled into view.
  await row.getByTestId('check-report-link').click()
  await expect(page.getByTestId('report-view')).toBeVisible()
  const line = page.getByTestId('report-text').locator('[data-line="61"]')
  await expect(line).toHaveClass(/line--range/)
  await expect(line).toBeInViewport()
  await expect(page.getByTestId('report-text').locator('.line--range')).toHaveCount(1)

  await page.goBack()
  const again = page.getByTestId('checks-table').locator('tr').filter({ hasText: 'value.suspicious_zero' })
  await again.getByTestId('check-status').click()
  await page.locator('.n-base-select-option').filter({ hasText: '已核实' }).click()
  await again.getByTestId('check-note').locator('input').fill('已与中宁县核对：本年确无行政许可决定')
  await again.getByTestId('check-note').locator('input').press('Enter')
  await expect(again.getByTestId('check-review')).toHaveAttribute('data-status', 'verified')
  // The note is written to IndexedDB after Enter: reload only once it is there (a loaded CI machine reloaded first).
  await expect.poll(() => page.evaluate(() => new Promise<string[]>((resolve) => {
    const open = indexedDB.open('disclosure-dashboard-review')
    open.onsuccess = () => {
      const all = open.result.transaction('statuses').objectStore('statuses').getAll()
      all.onsuccess = () => resolve((all.result as { note: string }[]).map(r => r.note))
      all.onerror = () => resolve([])
    }
    open.onerror = () => resolve([])
  }))).toContain('已与中宁县核对：本年确无行政许可决定')

  await page.reload()
  // The list is virtualised: show only this rule, so its row is drawn wherever the sort puts it.
  await page.getByTestId('filter-rule').click()
  await page.locator('.n-base-select-option').filter({ hasText: 'value.suspicious_zero' }).click()
  await page.keyboard.press('Escape')
  const kept = page.getByTestId('checks-table').locator('tr').filter({ hasText: 'value.suspicious_zero' })
  await expect(kept.getByTestId('check-review')).toHaveAttribute('data-status', 'verified')
  await expect(kept.getByTestId('check-status')).toContainText('已核实')
  await expect(kept.getByTestId('check-note').locator('input')).toHaveValue('已与中宁县核对：本年确无行政许可决定')

  // The status filter shows only verified checks.
  await page.getByTestId('filter-status').click()
  await page.locator('.n-base-select-option').filter({ hasText: '已核实' }).click()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('checks-table').locator('tbody tr')).toHaveCount(1)
  expect(problems).toEqual([])
})

test('a flagged value shows its mark in the compare bar chart; medians leave it out on request, kept in the URL', async ({ page }) => {
  const problems = watchConsole(page)
  // 中宁县 2019 states 0 行政许可 decisions and value.suspicious_zero flags it.
  await openApp(page, '#/compare?ind=licensing.decisions')
  await chartsReady(page)
  const card = page.getByTestId('chart-card').first()
  const svgOf = async () => {
    await card.getByTestId('chart-export').click()
    const download = page.waitForEvent('download')
    await page.getByText('SVG 矢量图').click()
    return readFileSync(await (await download).path(), 'utf8')
  }
  const svg = await svgOf()
  expect(svg).toContain('⚠ 0')
  expect(svg.match(/⚠/g)).toHaveLength(1)

  await page.getByTestId('exclude-flagged').click()
  await expect(page).toHaveURL(/xflag=1/)
  await chartsReady(page)
  expect(await svgOf()).toContain('中位数（不含⚠值）')
  await page.reload()
  await expect(page.getByTestId('exclude-flagged')).toBeChecked()
  expect(problems).toEqual([])
})

test('a KPI card that adds up a flagged value says so; ignoring the check takes the mark away', async ({ page }) => {
  // 2019: 中宁县's 0 行政许可 decisions is the only licensing figure, and value.suspicious_zero flags it.
  await openApp(page, '#/?from=2019&to=2019')
  const card = page.locator('[data-testid=kpi-card][data-indicator="licensing.decisions"]')
  await expect(card.getByTestId('kpi-value')).toContainText('0')
  await expect(card.getByTestId('kpi-flagged')).toContainText('⚠ 其中 1 份报告的此项数值未通过检查，待核实：中宁县审批服务管理局')
  // Cards of values no check concerns carry no mark.
  await expect(page.locator('[data-testid=kpi-card][data-indicator="newmedia.posts"] [data-testid=kpi-flagged]')).toHaveCount(0)

  await page.goto('#/checks?from=2019&to=2019')
  const row = page.getByTestId('checks-table').locator('tbody tr').filter({ hasText: 'value.suspicious_zero' })
  await row.getByTestId('check-status').click()
  await page.locator('.n-base-select-option:visible').filter({ hasText: '已忽略' }).click()
  await expect(row.getByTestId('check-review')).toHaveAttribute('data-status', 'ignored')
  await page.goto('#/?from=2019&to=2019')
  await expect(card.getByTestId('kpi-value')).toContainText('0')
  await expect(card.getByTestId('kpi-flagged')).toHaveCount(0)
})
