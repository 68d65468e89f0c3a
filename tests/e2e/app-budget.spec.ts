import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { chartsReady, openApp } from './app-helpers'

/**
 * The initial JavaScript budget: the entry chunk and everything it imports
 * statically (what the browser must run before the landing view paints),
 * gzip-compressed, at most 350 KB. Reads dist/, which the web server's
 * `npm run build` has just written. Lazy chunks (views, ECharts, the map,
 * Naive's select and dark theme) do not count.
 */

const DIST = path.resolve(import.meta.dirname, '../../dist')
const BUDGET_KB = 350
/** `<script src>` and `<link rel=modulepreload href>` of the built index.html. */
const ENTRY_ASSETS = /(?:src|href)="\.\/(assets\/[^"]+\.js)"/g
/** A static import statement of a built chunk (dynamic `import()` has a parenthesis). */
const STATIC_IMPORT = /\bimport\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g

function initialChunks(dist: string): string[] {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8')
  const queue = [...html.matchAll(ENTRY_ASSETS)].map(m => m[1]!)
  const seen = new Set<string>()
  while (queue.length > 0) {
    const file = queue.shift()!
    if (seen.has(file))
      continue
    seen.add(file)
    const code = readFileSync(path.join(dist, file), 'utf8')
    for (const m of code.matchAll(STATIC_IMPORT))
      queue.push(`assets/${m[1]}`)
  }
  return [...seen]
}

test(`initial JavaScript is at most ${BUDGET_KB} KB gzip`, async () => {
  const chunks = initialChunks(DIST)
  const sizes = chunks.map(f => ({ f, kb: gzipSync(readFileSync(path.join(DIST, f)), { level: 9 }).length / 1024 }))
  const total = sizes.reduce((a, s) => a + s.kb, 0)
  console.log(`initial JS: ${total.toFixed(1)} KB gzip in ${chunks.length} chunks`)
  expect(chunks.length).toBeGreaterThan(0)
  expect(total).toBeLessThanOrEqual(BUDGET_KB)
  // ECharts must stay out of the landing view's critical path.
  for (const { f } of sizes)
    expect(readFileSync(path.join(DIST, f), 'utf8')).not.toContain('registerMap')
})

test('the entry and what it imports are a few chunks, not one per shared module', () => {
  // Over HTTP/1.1's six connections per host, ~30 initial chunks queued and
  // the view's code and the decoder queued behind them (issue 13): the
  // build groups them (scripts/chunk-groups.ts).
  expect(initialChunks(DIST).length).toBeLessThanOrEqual(4)
})

test('no Zod schema is built in the page\'s first task', () => {
  // Zod builds a schema's machinery when the module defining it runs: the
  // report model's schemas were ~40–150 ms of the entry's task (issue 13).
  // They load with the data's decoder, the saved reviews and the imports.
  const withZod = initialChunks(DIST).filter(f => readFileSync(path.join(DIST, f), 'utf8').includes('._zod'))
  expect(withZod).toEqual([])
})

test('opening views fetches no stylesheet: every view\'s CSS is in index.html', async ({ page }) => {
  // Per-view stylesheets, inserted when the route's code was imported, held
  // the first paint until they and the view arrived in about half of
  // Lighthouse's loads (issue 13; vite.config.ts `cssCodeSplit: false`).
  await openApp(page, '#/compare')
  await chartsReady(page)
  await page.evaluate(() => {
    location.hash = '#/briefing?year=2023'
  })
  await expect(page.getByTestId('briefing-coverage')).toBeVisible()
  const stylesheets = await page.evaluate(() => performance.getEntriesByType('resource').map(e => e.name).filter(n => n.endsWith('.css')))
  expect(stylesheets).toEqual([])
})
