import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { watchConsole } from './app-helpers'

/**
 * The import panel with real files, in Chromium against the production
 * build: report texts and tidy CSV through the import worker, IndexedDB
 * across reloads, and the data showing up in the views.
 */

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import')
const fixture = (name: string) => path.join(FIXTURES, name)

async function addFiles(page: Page, ...names: string[]) {
  await page.goto('#/import')
  await page.getByTestId('import-input').setInputFiles(names.map(fixture))
  // Every file read (refused or waiting for review).
  await expect(page.locator('[data-testid=import-file][data-status=waiting], [data-testid=import-file][data-status=reading]')).toHaveCount(0)
}

function card(page: Page, name: string) {
  return page.getByTestId('import-file').filter({ has: page.getByTestId('import-file-name').getByText(name, { exact: true }) })
}

test('a new report text appears in the charts, marked as imported', async ({ page }) => {
  const problems = watchConsole(page)
  await addFiles(page, 'report-yanchi-2024.txt')
  const file = card(page, 'report-yanchi-2024.txt')
  await expect(file.getByTestId('import-report-title')).toHaveText('盐池县审批服务管理局 2024年政府信息公开工作年度报告')
  await expect(file.getByTestId('import-report-values')).toContainText('个数值')
  await file.getByTestId('import-confirm').click()
  await expect(file.getByTestId('import-outcome')).toContainText('已导入 1 份报告')

  await page.goto('#/trends?county=盐池县&indicator=licensing.decisions')
  const chart = page.getByTestId('chart-card').first()
  await chart.getByTestId('chart-table-toggle').click()
  await expect(chart.getByRole('columnheader', { name: /2024/ })).toBeVisible()
  await expect(chart.getByRole('row', { name: /盐池县/ })).toContainText('6,021')

  // Marked as imported in the chart's own table (and tooltip).
  await page.goto('#/compare?county=盐池县&indicator=licensing.decisions&from=2024&to=2024')
  await expect(page.getByTestId('ranking-table')).toContainText('含导入数据')

  await page.goto('#/import')
  await card(page, 'report-yanchi-2024.txt').getByTestId('import-open-report').click()
  await expect(page.getByTestId('report-imported')).toBeVisible()
  expect(problems).toEqual([])
})

test('a GBK CSV from Chinese Excel imports with its Chinese intact', async ({ page }) => {
  await addFiles(page, 'tidy-gbk.csv')
  const file = card(page, 'tidy-gbk.csv')
  await expect(file.getByTestId('import-encoding')).toContainText('GBK/GB18030')
  await expect(file.getByTestId('import-csv-counts')).toContainText('共 5 行数据：5 行可以导入（2 份报告），0 行被拒绝')
  await file.getByTestId('import-confirm').click()
  await expect(file.getByTestId('import-outcome')).toContainText('已导入 2 份报告')

  await page.goto('#/report/tongxin-2023-gov')
  await expect(page.getByTestId('report-meta')).toContainText('同心县人民政府')
  await expect(page.getByTestId('report-imported')).toBeVisible()
  await expect(page.getByTestId('report-observations')).toContainText('=约4000余条')
})

test('a CSV with 3 bad rows of 100 imports 97 and lists the 3 with reasons, downloadable', async ({ page }) => {
  await addFiles(page, 'tidy-100-3-bad.csv')
  const file = card(page, 'tidy-100-3-bad.csv')
  await expect(file.getByTestId('import-csv-counts')).toContainText('97 行可以导入（3 份报告），3 行被拒绝')
  const rows = file.getByTestId('import-rejected').locator('tbody tr')
  await expect(rows).toHaveCount(3)
  await expect(rows.nth(0)).toContainText('12')
  await expect(rows.nth(0)).toContainText('「12件」不是数字')
  await expect(rows.nth(1)).toContainText('42')
  await expect(rows.nth(1)).toContainText('指标「hotline.calls」不在指标目录中')
  await expect(rows.nth(2)).toContainText('72')
  await expect(rows.nth(2)).toContainText('与第 2 行重复')

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    file.getByTestId('import-download-rejected').click(),
  ])
  expect(download.suggestedFilename()).toBe('tidy-100-3-bad-rejected.csv')
  const text = readFileSync(await download.path(), 'utf8')
  const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n')
  expect(lines).toHaveLength(4)
  expect(lines[0]).toMatch(/^行号,列,原因,report_id,/)
  expect(lines.slice(1).map(l => l.split(',')[0])).toEqual(['12', '42', '72'])

  await file.getByTestId('import-confirm').click()
  await expect(file.getByTestId('import-outcome')).toContainText('已导入 3 份报告')
  await expect(page.getByTestId('import-saved-row')).toContainText(['97'])
})

test('a PNG renamed .csv is refused with a message that says what it is', async ({ page }) => {
  await page.goto('#/import')
  await page.getByTestId('import-input').setInputFiles({ name: 'photo.csv', mimeType: 'text/csv', buffer: readFileSync(fixture('image.csv')) })
  const file = card(page, 'photo.csv')
  await expect(file.getByTestId('import-refused')).toContainText('这不是文本文件，而是PNG 图片')
  await expect(file.getByTestId('import-confirm')).toHaveCount(0)
})

test('imports survive a reload and can be removed', async ({ page }) => {
  await addFiles(page, 'report-yanchi-2024.txt', 'tidy-small.csv')
  await card(page, 'report-yanchi-2024.txt').getByTestId('import-confirm').click()
  await expect(card(page, 'report-yanchi-2024.txt').getByTestId('import-outcome')).toBeVisible()
  // tidy-small.csv also holds 盐池县审批服务管理局 2024: the user is asked, never overwritten silently.
  await card(page, 'tidy-small.csv').getByTestId('import-confirm').click()
  const dialog = page.getByTestId('import-duplicates')
  await expect(dialog.getByTestId('import-duplicate-pair')).toHaveCount(1)
  await dialog.getByTestId('import-decide-keep-both').click()
  await dialog.getByTestId('import-decide-confirm').click()
  await expect(card(page, 'tidy-small.csv').getByTestId('import-outcome')).toContainText('已导入 2 份报告')

  await page.reload()
  await expect(page.getByTestId('import-saved-row')).toHaveCount(2)
  await page.goto('#/report/tongxin-2023-gov')
  await expect(page.getByTestId('report-imported')).toBeVisible()

  await page.goto('#/import')
  await page.getByTestId('import-saved-row').filter({ hasText: 'tidy-small.csv' }).getByTestId('import-remove').click()
  // Asked once, in a row under the import; 取消 keeps it.
  const confirm = page.getByTestId('import-remove-confirm')
  await expect(confirm).toContainText('移除这次导入？')
  await confirm.getByRole('button', { name: '取消' }).click()
  await expect(confirm).toHaveCount(0)
  await expect(page.getByTestId('import-saved-row')).toHaveCount(2)
  await page.getByTestId('import-saved-row').filter({ hasText: 'tidy-small.csv' }).getByTestId('import-remove').click()
  await confirm.getByRole('button', { name: '确定' }).click()
  await expect(page.getByTestId('import-saved-row')).toHaveCount(1)
  await page.reload()
  await expect(page.getByTestId('import-saved-row')).toHaveCount(1)
  await page.goto('#/report/tongxin-2023-gov')
  await expect(page.getByTestId('report-not-found')).toBeVisible()
})

test('a report laced with script tags renders them as text and runs nothing', async ({ page }) => {
  const problems = watchConsole(page)
  await addFiles(page, 'report-script.txt')
  const file = card(page, 'report-script.txt')
  await file.getByText('原文开头').click()
  await expect(file.getByTestId('import-preview')).toContainText('<script>window.xssRan = "script"</script>')
  await file.getByTestId('import-confirm').click()
  await file.getByTestId('import-open-report').click()

  const text = page.getByTestId('report-text')
  await expect(text).toContainText('<img src=x onerror="window.xssRan = \'img\'">')
  await expect(text).toContainText('[办事指南](javascript:window.xssRan=\'link\')')
  await expect(text.locator('img, script, a[href^="javascript:"]')).toHaveCount(0)
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0)
  expect(await page.evaluate(() => (window as unknown as { xssRan?: string }).xssRan)).toBeUndefined()
  expect(problems).toEqual([])
})

test('the page ships a Content-Security-Policy without unsafe-eval or inline scripts', async ({ page }) => {
  await page.goto('#/import')
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  const scriptSrc = csp?.split(';').map(d => d.trim()).find(d => d.startsWith('script-src')) ?? ''
  expect(scriptSrc).toBe('script-src \'self\'')
  expect(csp).not.toContain('unsafe-eval')
  expect(await page.locator('script:not([src])').count()).toBe(0)
})

test('the whole dataset exports as tidy CSV that imports back as the same data', async ({ page }) => {
  await page.goto('#/import')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('import-export-all').click(),
  ])
  const exported = readFileSync(await download.path())
  expect(exported.subarray(0, 3)).toEqual(Buffer.from([0xEF, 0xBB, 0xBF]))
  await page.getByTestId('import-input').setInputFiles({ name: 'all.csv', mimeType: 'text/csv', buffer: exported })
  const file = card(page, 'all.csv')
  await expect(file.getByTestId('import-csv-counts')).toContainText('0 行被拒绝')
  const reports = Number((await file.getByTestId('import-csv-counts').innerText()).match(/（(\d+) 份报告）/)?.[1])
  expect(reports).toBeGreaterThanOrEqual(5)
  await file.getByTestId('import-confirm').click()
  // Every report is already loaded: each is a duplicate (same id), and identical.
  const dialog = page.getByTestId('import-duplicates')
  const pairs = dialog.getByTestId('import-duplicate-pair')
  await expect(pairs).toHaveCount(reports)
  await expect(dialog.locator('.dup__row--differs')).toHaveCount(0)
  await dialog.getByTestId('import-all-skip').click()
  await dialog.getByTestId('import-decide-confirm').click()
  await expect(file.getByTestId('import-status')).toHaveText('已跳过')
})
