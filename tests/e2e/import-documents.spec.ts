import type { Page } from '@playwright/test'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { watchConsole } from './app-helpers'

/**
 * Published reports dropped on the import page, in Chromium against the
 * production build: a PDF (pdf.js in a worker nested in an import worker,
 * cMaps shipped with the app), a GBK web page and a .docx (linkedom in the
 * worker) read in the pool of import workers, their numbers in the charts
 * with the evidence marked; a scan refused with input.no_text_layer; a
 * corrected year kept after accepting and after a reload. Committed
 * fixtures only.
 */

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures')
const PDF = path.join(FIXTURES, 'pdf/report.pdf')
const SCANNED = path.join(FIXTURES, 'pdf/scanned.pdf')
const PAGE_GBK = path.join(FIXTURES, 'html/xiji-2023-gbk.html')
const DOCX = path.join(FIXTURES, 'docx/pengyang-2023.docx')

function card(page: Page, name: string) {
  return page.getByTestId('import-file').filter({ has: page.getByTestId('import-file-name').getByText(name, { exact: true }) })
}

/** Files read: none waiting or being read. */
async function allRead(page: Page, timeout = 60_000) {
  await expect(page.locator('[data-testid=import-file][data-status=waiting], [data-testid=import-file][data-status=reading]')).toHaveCount(0, { timeout })
}

test('a PDF, a GBK web page and a .docx are read in workers and their numbers show in the charts with evidence', async ({ page }) => {
  test.setTimeout(120_000)
  const problems = watchConsole(page)
  await page.goto('#/import')
  await page.getByTestId('import-input').setInputFiles([PDF, PAGE_GBK, DOCX])
  await allRead(page)
  await expect(page.getByTestId('import-overall')).toContainText('已读取 3/3 个文件（100%），PDF 共读取 3/3 页')

  const pdf = card(page, 'report.pdf')
  await expect(pdf.getByTestId('import-format')).toHaveText('PDF')
  await expect(pdf.getByTestId('import-pages')).toHaveText('3 页')
  await expect(pdf.getByTestId('import-report-title')).toHaveText('隆德县人民政府2023年政府信息公开工作年度报告')
  await expect(pdf.getByTestId('import-report-values')).toHaveText('26 个数值')
  await expect(pdf.getByTestId('import-meta-region')).toHaveText('隆德县')
  await expect(pdf.getByTestId('import-meta-year')).toHaveText('2023')

  const web = card(page, 'xiji-2023-gbk.html')
  await expect(web.getByTestId('import-format')).toHaveText('网页')
  await expect(web.getByTestId('import-encoding')).toContainText('GBK')
  await expect(web.getByTestId('import-report-title')).toHaveText('西吉县人民政府2023年政府信息公开工作年度报告')

  const word = card(page, 'pengyang-2023.docx')
  await expect(word.getByTestId('import-format')).toHaveText('Word')
  await expect(word.getByTestId('import-meta-agency')).toHaveText('彭阳县政务服务中心')

  await page.getByTestId('import-all').click()
  for (const c of [pdf, web, word])
    await expect(c.getByTestId('import-outcome')).toContainText('已导入 1 份报告')

  // In the charts: 2023's 行政许可 of the three counties, marked as imported.
  await page.goto('#/compare?indicator=licensing.decisions&from=2023&to=2023')
  const ranking = page.getByTestId('ranking-table')
  await expect(ranking.getByRole('row', { name: /隆德县/ })).toContainText('3,862')
  await expect(ranking.getByRole('row', { name: /西吉县/ })).toContainText('4,215')
  await expect(ranking.getByRole('row', { name: /彭阳县/ })).toContainText('1,532')
  await expect(ranking).toContainText('含导入数据')

  // Evidence: the PDF's table row, and the web page's sentence, marked in the report's text.
  await page.goto('#/import')
  await card(page, 'report.pdf').getByTestId('import-open-report').click()
  await expect(page.getByTestId('report-meta')).toContainText('隆德县人民政府')
  await page.locator('[data-testid=report-observation][data-indicator="licensing.decisions"]').getByTestId('observation-value').click()
  await expect(page.getByTestId('evidence-mark').first()).toBeVisible()
  await expect(page.getByTestId('evidence-mark').first()).toContainText('3862')

  await page.goto('#/import')
  await card(page, 'xiji-2023-gbk.html').getByTestId('import-open-report').click()
  await page.locator('[data-testid=report-observation][data-indicator="hotline.received"]').getByTestId('observation-value').click()
  // The number itself is marked, in the line of its sentence.
  const mark = page.locator('[data-testid=evidence-mark][data-selected]')
  await expect(mark).toHaveText('8652')
  await expect(page.locator('.line--range').filter({ has: mark })).toContainText('12345热线全年受理群众诉求8652件')
  expect(problems).toEqual([])
})

test('a scanned PDF is refused with input.no_text_layer and gives no numbers', async ({ page }) => {
  await page.goto('#/import')
  await page.getByTestId('import-input').setInputFiles(SCANNED)
  await allRead(page)
  const scan = card(page, 'scanned.pdf')
  await expect(scan.getByTestId('import-status')).toHaveText('无法导入')
  await expect(scan.getByTestId('import-format')).toHaveText('PDF')
  await expect(scan.getByTestId('import-pages')).toHaveText('2 页')
  const refusal = scan.getByTestId('import-refused').locator('[data-check-id="input.no_text_layer"]')
  await expect(refusal).toContainText('此 PDF 没有文字层（2 页均为扫描图像），无法读取其中的数字')
  await expect(scan.getByTestId('import-confirm')).toHaveCount(0)
  await expect(scan.getByTestId('import-report-summary')).toHaveCount(0)
  await expect(page.getByTestId('import-saved-row')).toHaveCount(0)
})

test('a corrected year is kept after accepting and after a reload, marked as corrected', async ({ page }) => {
  await page.goto('#/import')
  await page.getByTestId('import-input').setInputFiles(PDF)
  await allRead(page)
  const pdf = card(page, 'report.pdf')
  await pdf.getByTestId('import-correct').click()
  const year = pdf.getByTestId('import-correct-year').locator('input')
  await expect(year).toHaveValue('2023')
  await year.fill('2022')
  await expect(pdf.getByTestId('import-meta-year')).toContainText('2022')
  await expect(pdf.getByTestId('import-meta-year')).toContainText('已更正')
  await expect(pdf.getByTestId('import-meta-year')).toContainText('原为 2023')
  await pdf.getByTestId('import-confirm').click()
  await expect(pdf.getByTestId('import-outcome')).toContainText('已导入 1 份报告')

  const note = '统计年度由审核人在导入时更正：2023 → 2022。'
  await pdf.getByTestId('import-open-report').click()
  await expect(page.getByTestId('report-meta')).toContainText('2022')
  await expect(page.getByTestId('report-checks')).toContainText(note)

  await page.reload()
  await expect(page.getByTestId('report-meta')).toContainText('2022')
  await expect(page.getByTestId('report-checks')).toContainText(note)
  await page.goto('#/compare?indicator=licensing.decisions&from=2022&to=2022')
  await expect(page.getByTestId('ranking-table').getByRole('row', { name: /隆德县/ })).toContainText('3,862')
})
