import { readFileSync } from 'node:fs'
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
