/**
 * Look at the charts: serves scripts/charts-gallery/ with Vite and writes
 * screenshots of every chart type, light and dark, at 1366×768 (and a
 * tablet width), plus an exported PNG, SVG and CSV, to /tmp/gallery-shots
 * (or $GALLERY_OUT).
 * Run: npx tsx scripts/charts-gallery.ts
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from '@playwright/test'
import vue from '@vitejs/plugin-vue'
import { unzipSync } from 'fflate'
import { PNG } from 'pngjs'
import { createServer } from 'vite'
import { ningxiaMapPlugin } from './vite-plugin-ningxia-map'

const OUT = process.env.GALLERY_OUT ?? '/tmp/gallery-shots'
const PORT = 4188

const server = await createServer({
  root: resolve('scripts/charts-gallery'),
  configFile: false,
  plugins: [vue(), ningxiaMapPlugin()],
  server: { port: PORT, strictPort: true, host: '127.0.0.1' },
  logLevel: 'warn',
})
await server.listen()
mkdirSync(OUT, { recursive: true })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', acceptDownloads: true })
  page.on('console', msg => msg.type() === 'error' || msg.type() === 'warning' ? console.log(`[browser ${msg.type()}]`, msg.text()) : undefined)
  page.on('pageerror', err => console.log('[pageerror]', err.message))
  const variants = (process.argv[2] ?? 'theme=light,theme=dark,theme=light&national,theme=dark&lang=en').split(',')
  for (const variant of variants) {
    await page.goto(`http://127.0.0.1:${PORT}/?${variant}`)
    await page.waitForFunction(() => {
      const charts = [...document.querySelectorAll('[data-chart-state]')]
      return charts.length >= 4 && charts.every(c => c.getAttribute('data-chart-state') === 'ready')
    }, null, { timeout: 30_000 })
    await page.waitForTimeout(500)
    const name = variant.replace(/[&=]/g, '-')
    await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true })
    for (const card of await page.locator('[data-gallery]').all()) {
      const id = await card.getAttribute('data-gallery')
      await card.screenshot({ path: `${OUT}/${name}-${id}.png` })
    }
  }
  // Table toggle: the same numbers as an accessible table.
  await page.goto(`http://127.0.0.1:${PORT}/?theme=light&chart=compare`)
  await page.waitForSelector('[data-chart-state="ready"]')
  await page.getByTestId('chart-table-toggle').click()
  await page.screenshot({ path: `${OUT}/table-compare.png` })
  // Tablet, portrait.
  await page.setViewportSize({ width: 820, height: 1180 })
  await page.goto(`http://127.0.0.1:${PORT}/?theme=dark`)
  await page.waitForSelector('[data-chart-state="ready"]')
  await page.waitForTimeout(800)
  await page.screenshot({ path: `${OUT}/tablet-dark.png`, fullPage: true })
  await page.setViewportSize({ width: 1366, height: 768 })
  // Tooltips: hover the middle of each chart.
  await page.goto(`http://127.0.0.1:${PORT}/?theme=light`)
  await page.waitForSelector('[data-chart-state="ready"]')
  await page.waitForTimeout(800)
  for (const [id, fx, fy] of [['compare', 0.4, 0.5], ['trend', 0.52, 0.5], ['heatmap', 0.7, 0.3], ['map', 0.55, 0.65]] as const) {
    const chart = page.locator(`[data-gallery="${id}"] [data-chart-state]`)
    const box = (await chart.boundingBox())!
    await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy)
    await page.waitForTimeout(400)
    await page.locator(`[data-gallery="${id}"]`).screenshot({ path: `${OUT}/tooltip-${id}.png` })
  }
  // Export: PNG and SVG of the compare chart.
  await page.goto(`http://127.0.0.1:${PORT}/?theme=light`)
  await page.waitForSelector('[data-chart-state="ready"]')
  const card = page.locator('[data-gallery="compare"]')
  const chartWidth = await card.locator('[data-chart-state]').evaluate(el => el.getBoundingClientRect().width)
  for (const kind of ['PNG', 'SVG', 'CSV']) {
    await card.getByTestId('chart-export').click()
    const download = page.waitForEvent('download')
    await page.getByText(kind, { exact: false }).last().click()
    const file = await download
    const path = `${OUT}/export-${file.suggestedFilename()}`
    await file.saveAs(path)
    console.log('exported', path, 'chart css width', chartWidth)
    if (kind === 'PNG') {
      const png = PNG.sync.read(readFileSync(path))
      console.log(`  PNG ${png.width}×${png.height} px: ${png.width === 2 * chartWidth ? 'OK, 2× the CSS width' : 'NOT 2× the CSS width'}`)
    }
    if (kind === 'SVG') {
      const svg = readFileSync(path, 'utf8')
      console.log(`  SVG has title: ${svg.includes('区县对比')}, footnote: ${svg.includes('数据来源')}, legend: ${svg.includes('约数')}`)
    }
    if (kind === 'CSV')
      console.log(`  CSV starts with BOM: ${readFileSync(path, 'utf8').startsWith('\uFEFF')}`)
  }
  // Export all: one zip with every chart's PNG and CSV.
  const zipDownload = page.waitForEvent('download')
  await page.getByTestId('chart-export-all').click()
  const zipFile = await zipDownload
  const zipPath = `${OUT}/export-all-${zipFile.suggestedFilename()}`
  await zipFile.saveAs(zipPath)
  const entries = unzipSync(readFileSync(zipPath))
  console.log('zip', zipFile.suggestedFilename(), Object.entries(entries).map(([name, bytes]) => `${name} (${bytes.length} B)`).join(', '))
  // Clicks reach the view with region, year and report ids.
  const bar = page.locator('[data-gallery="compare"] [data-chart-state]')
  const barBox = (await bar.boundingBox())!
  await page.mouse.click(barBox.x + barBox.width * 0.3, barBox.y + 40)
  console.log('click payload:', await page.getByTestId('clicks').textContent())
}
finally {
  await browser.close()
  await server.close()
}
