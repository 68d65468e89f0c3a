/**
 * Screenshots of every view in zh and en at 1366×768 and 390×844, for a
 * person to look at (issue 11: Chinese renders, axes carry units, nothing
 * overlaps). Not a test: run it against a served build and open the files.
 *
 *   npm run build && npx vite preview --port 4186 &
 *   npx tsx scripts/screenshots.ts --base http://127.0.0.1:4186/ --out /tmp/shots
 *
 * Views: the navigation's, a report (the viewport after tapping a number),
 * and an empty selection (石嘴山市 has no report). Full-page PNGs, named
 * <view>-<lang>-<width>.png.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:4186/' },
    out: { type: 'string', default: 'screenshots' },
    only: { type: 'string' },
  },
})
const out = path.resolve(values.out!)
mkdirSync(out, { recursive: true })

/** View name → hash route (the query is added per language). */
const VIEWS: [string, string][] = [
  ['overview', '#/'],
  ['compare', '#/compare'],
  ['trends', '#/trends'],
  ['heatmap', '#/heatmap'],
  ['checks', '#/checks'],
  ['briefing', '#/briefing'],
  ['import', '#/import'],
  ['report', '#/report/fe0b43cb40b21024'],
  ['similar', '#/similar/5d0b0b99c0668bdf/fe0b43cb40b21024/一'],
  ['empty', '#/compare?pref=石嘴山市'],
]
const SIZES = [[1366, 768], [390, 844]] as const

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
for (const [width, height] of SIZES) {
  for (const lang of ['zh', 'en'] as const) {
    const page = await browser.newPage({ viewport: { width, height }, locale: lang === 'zh' ? 'zh-CN' : 'en-US' })
    for (const [name, hash] of VIEWS) {
      if (values.only && !values.only.split(',').includes(name))
        continue
      const url = lang === 'en' ? `${hash}${hash.includes('?') ? '&' : '?'}lang=en` : hash
      await page.goto(new URL(url, values.base).toString())
      await page.getByTestId('report-count').waitFor()
      // Cards below the fold are drawn when scrolled to: scroll to each
      // waiting one (a card mounting late, such as the map, included) until
      // every chart is drawn, then back to the top.
      await page.waitForTimeout(1000)
      await page.waitForFunction(() => {
        const waiting = document.querySelectorAll('[data-chart-state=offscreen]')
        waiting.forEach(chart => chart.scrollIntoView())
        return waiting.length === 0 && document.querySelectorAll('[data-chart-state]:not([data-chart-state=ready])').length === 0
      }, undefined, { polling: 300 })
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.waitForTimeout(800)
      const file = path.join(out, `${name}-${lang}-${width}.png`)
      if (name === 'report') {
        // What a reviewer sees after tapping a number: the viewport, not a 13,000 px page.
        await page.locator('[data-indicator="licensing.decisions"] [data-testid=observation-value]').first().click()
        await page.waitForTimeout(500)
        await page.screenshot({ path: file })
      }
      else {
        await page.screenshot({ path: file, fullPage: true })
      }
      console.log(file)
    }
    await page.close()
  }
}
await browser.close()
