import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { PNG } from 'pngjs'
import { chartsReady, columnTexts, openApp } from './app-helpers'

/** Exports from the compare view: a 2× PNG and a CSV with the numbers on screen. */

test('the PNG export is a valid PNG at least twice the chart\'s CSS width', async ({ page }) => {
  await openApp(page, '#/compare')
  await chartsReady(page)
  const card = page.getByTestId('chart-card').first()
  const cssWidth = (await card.locator('[data-chart-state]').boundingBox())!.width
  await card.getByTestId('chart-export').click()
  const download = page.waitForEvent('download')
  await page.getByText('PNG 图片（2 倍清晰度）').click()
  const file = await (await download).path()
  const png = PNG.sync.read(readFileSync(file))
  expect(png.width).toBeGreaterThanOrEqual(2 * cssWidth)
  expect((await download).suggestedFilename()).toMatch(/行政许可.*\.png$/)
})

test('the CSV export holds the numbers the ranking shows', async ({ page }) => {
  await openApp(page, '#/compare')
  await chartsReady(page)
  const shown = (await columnTexts(page.getByTestId('ranking-table'), '数值'))
    .filter(v => v !== '—')
    .map(v => v.replace(/[≈,]/g, ''))
  expect(shown).toEqual(expect.arrayContaining(['5147', '4625']))

  const card = page.getByTestId('chart-card').first()
  await card.getByTestId('chart-export').click()
  const download = page.waitForEvent('download')
  await page.getByText('CSV 数据').click()
  const csv = readFileSync(await (await download).path(), 'utf8')
  expect(csv.startsWith('\uFEFF')).toBe(true)
  const cells = csv.slice(1).split(/\r\n/).flatMap(line => line.split(','))
  for (const value of shown)
    expect(cells).toContain(value)
  expect(csv).toContain('盐池县')
})

for (const view of ['compare', 'trends', 'heatmap'] as const) {
  test(`the SVG export of ${view} is valid XML that a browser draws`, async ({ page }) => {
    await openApp(page, `#/${view}`)
    await chartsReady(page)
    const card = page.getByTestId('chart-card').first()
    await card.getByTestId('chart-export').click()
    const download = page.waitForEvent('download')
    await page.getByText('SVG 矢量图').click()
    const svg = readFileSync(await (await download).path(), 'utf8')
    const result = await page.evaluate(async (text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
      const error = doc.querySelector('parsererror')?.textContent ?? null
      const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }))
      const img = new Image()
      const drawn = await new Promise<boolean>((resolve) => {
        img.onload = () => resolve(img.naturalWidth > 0)
        img.onerror = () => resolve(false)
        img.src = url
      })
      URL.revokeObjectURL(url)
      return { error, drawn, root: doc.documentElement.nodeName }
    }, svg)
    expect(result).toEqual({ error: null, drawn: true, root: 'svg' })
  })
}

/** The CSV of the compare chart, downloaded from its export menu. */
async function compareCsv(page: Page, hash: string): Promise<string> {
  await openApp(page, hash)
  await chartsReady(page)
  const card = page.getByTestId('chart-card').first()
  await card.getByTestId('chart-export').click()
  const download = page.waitForEvent('download')
  await page.getByText('CSV 数据').click()
  return readFileSync(await (await download).path(), 'utf8')
}

test('exports say the rule behind the numbers, the data version and the export date; synthetic data claims no real source', async ({ page }) => {
  const csv = await compareCsv(page, '#/compare')
  expect(csv).toContain('口径：每个区县取 2019–2023年 内最近一年的数值')
  expect(csv).toMatch(/数据版本：bundled · 5 份报告 · [0-9a-f]{8}/)
  expect(csv).toMatch(/导出日期：\d{4}-\d{2}-\d{2}/)
  expect(csv).toContain('数据来源：各区县政府信息公开工作年度报告')
  const synthetic = await compareCsv(page, '#/compare?dataset=synthetic-e2e')
  expect(synthetic).not.toContain('各区县政府信息公开工作年度报告')
  expect(synthetic).toContain('合成数据')
  expect(synthetic).toMatch(/数据版本：synthetic-e2e · /)
})
