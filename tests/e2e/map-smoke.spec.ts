import type { PreviewServer } from 'vite'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { build, preview } from 'vite'
import { buildNingxiaMap, ningxiaMapPlugin } from '../../scripts/vite-plugin-ningxia-map'
import { NINGXIA } from '../../src/catalog/gazetteer'

/**
 * Builds a one-page app that draws the county map through the real chain
 * (virtual:ningxia-map → lazy chunk → ensureNingxiaMap → ECharts map series)
 * and looks at it in Chromium: every county labelled in Chinese or English,
 * Yinchuan north of Guyuan, the geometry in its own chunk. Screenshots are
 * attached to the test results.
 */

const REPO = path.resolve(import.meta.dirname, '../..')
// Counties coloured by prefecture, so a county drawn in the wrong place shows.
const PREFECTURE_COLORS = [
  '#5470c6',
  '#91cc75',
  '#fac858',
  '#ee6666',
  '#73c0de',
]

const MAIN_TS = `
import * as echarts from 'echarts'
import { NINGXIA } from '${REPO}/src/catalog/gazetteer.ts'
import { englishPlaceName } from '${REPO}/src/catalog/place-names.ts'
import { ensureNingxiaMap, NINGXIA_MAP } from '${REPO}/src/charts/map/ningxia.ts'

const colors = ${JSON.stringify(PREFECTURE_COLORS)}
const english = new URLSearchParams(location.search).get('lang') === 'en'
await ensureNingxiaMap(echarts)
const chart = echarts.init(document.getElementById('chart'), null, { renderer: 'svg' })
chart.on('finished', () => { document.body.dataset.state = 'ready' })
chart.setOption({
  title: { text: english ? 'Ningxia counties by prefecture' : '宁夏县级行政区（按地级市着色）', left: 'center' },
  series: [{
    type: 'map',
    map: NINGXIA_MAP,
    top: 50,
    bottom: 10,
    label: { show: true, fontSize: 11, color: '#222', textBorderColor: '#fff', textBorderWidth: 2, formatter: p => english ? englishPlaceName(p.name) ?? p.name : p.name },
    data: NINGXIA.prefectures.flatMap((p, i) => p.counties.map(c => ({ name: c.name, itemStyle: { areaColor: colors[i] } }))),
  }],
})
`

const INDEX_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>map smoke</title></head>
<body style="margin:0"><div id="chart" style="width:520px;height:860px"></div>
<script type="module" src="./main.ts"></script></body></html>`

let root: string
let server: PreviewServer
let baseUrl: string

test.beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'map-smoke-'))
  writeFileSync(path.join(root, 'index.html'), INDEX_HTML)
  writeFileSync(path.join(root, 'main.ts'), MAIN_TS)
  const shared = {
    root,
    base: './',
    configFile: false as const,
    logLevel: 'warn' as const,
  }
  // The page lives outside the repo, so point it at the repo's ECharts.
  const resolve = {
    alias: {
      echarts: path.join(REPO, 'node_modules', 'echarts'),
    },
  }
  await build({
    ...shared,
    resolve,
    plugins: [
      ningxiaMapPlugin(),
    ],
    build: { outDir: 'dist', target: 'es2022', chunkSizeWarningLimit: 2000 },
  })
  server = await preview({
    ...shared,
    build: { outDir: 'dist' },
    preview: { host: '127.0.0.1', port: 0 },
  })
  baseUrl = server.resolvedUrls!.local[0]!
})

test.afterAll(async () => {
  await server?.close()
  if (root)
    rmSync(root, { recursive: true, force: true })
})

test('the geometry is its own chunk, not in the entry', async () => {
  const testInfo = test.info()
  const assets = path.join(root, 'dist', 'assets')
  const chunks = readdirSync(assets).filter(f => f.endsWith('.js')).map(f => ({
    f,
    code: readFileSync(path.join(assets, f), 'utf8'),
  }))
  const html = readFileSync(path.join(root, 'dist', 'index.html'), 'utf8')
  const entry = chunks.find(c => html.includes(c.f))!
  // A stretch of one county's boundary (its first points, as JSON) marks the
  // geometry.
  const { geometry: first } = buildNingxiaMap().features[0]!
  const ring = first.type === 'Polygon'
    ? first.coordinates[0]!
    : first.coordinates[0]![0]!
  const marker = JSON.stringify(ring).slice(1, 41)
  const geometry = chunks.filter(c => c.code.includes(marker))
  expect(geometry.map(c => c.f)).toHaveLength(1)
  expect(entry.f).not.toBe(geometry[0]!.f)
  // The entry loads it lazily, by file name.
  expect(entry.code.includes(geometry[0]!.f)).toBe(true)
  const gzip = gzipSync(geometry[0]!.code).length
  testInfo.annotations.push({ type: 'map chunk', description: `${geometry[0]!.code.length} B, ${gzip} B gzip` })
  // Simplified for card size it is about 18 kB; the package's boundaries as
  // they are would be ~130 kB as GeoJSON, 28 kB in ECharts' compressed form.
  expect(gzip).toBeLessThan(25_000)
})

for (const lang of ['zh', 'en'] as const) {
  test(`all 22 counties are labelled (${lang}), Yinchuan north of Guyuan`, async ({ page }, testInfo) => {
    await page.goto(`${baseUrl}?lang=${lang}`)
    await expect(page.locator('body[data-state="ready"]')).toBeAttached()
    const counties = NINGXIA.prefectures.flatMap(p => p.counties.map(c => ({ ...c, prefecture: p.name })))
    const top = new Map<string, number>()
    for (const county of counties) {
      const label = page.locator('#chart svg text', {
        hasText: new RegExp(`^${lang === 'en'
          ? county.en
          : county.name}$`),
      })
      await expect(label, county.name).toHaveCount(1)
      top.set(county.name, (await label.boundingBox())!.y)
    }
    // Screen y grows southwards.
    expect(top.get('惠农区')!).toBeLessThan(top.get('兴庆区')!)
    expect(top.get('兴庆区')!).toBeLessThan(top.get('利通区')!)
    expect(top.get('利通区')!).toBeLessThan(top.get('原州区')!)
    expect(top.get('原州区')!).toBeLessThan(top.get('泾源县')!)
    // Ningxia is a narrow north–south province: the filled regions are tall.
    const extent = await page.evaluate((colors) => {
      const boxes = [
        ...document.querySelectorAll('#chart svg path'),
      ]
        .filter(el => colors.includes(el.getAttribute('fill') ?? ''))
        .map(el => el.getBoundingClientRect())
      return { width: Math.max(...boxes.map(b => b.right)) - Math.min(...boxes.map(b => b.left)), height: Math.max(...boxes.map(b => b.bottom)) - Math.min(...boxes.map(b => b.top)) }
    }, PREFECTURE_COLORS)
    expect(extent.height).toBeGreaterThan(1.3 * extent.width)
    const file = testInfo.outputPath(`ningxia-map-${lang}.png`)
    await page.locator('#chart').screenshot({ path: file })
    await testInfo.attach(`ningxia-map-${lang}`, { path: file, contentType: 'image/png' })
  })
}
