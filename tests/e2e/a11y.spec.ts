import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { hashQuery, openApp } from './app-helpers'

/**
 * Keyboard and assistive technology (issue 11 item 2): every filter is one
 * Tab away, named by its label, operable with Enter/arrows/Escape, with a
 * visible focus ring, and keeps the focus after a choice; an axe-core scan
 * of every view finds no serious or critical violation.
 */

/** Route names declared in src/router/index.ts: a new view fails the scan test until it is scanned. */
function routeNames(): string[] {
  const source = readFileSync(path.resolve(import.meta.dirname, '../../src/router/index.ts'), 'utf8')
  return [...source.matchAll(/\bname: '([\w-]+)'/g)].map(m => m[1]!)
}

/** Name, role and focus ring of the focused element. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body)
      return { name: '', role: '', tag: 'BODY', ring: false }
    const style = getComputedStyle(el)
    const ring = (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none'
    const labelled = el.getAttribute('aria-labelledby')
    const name = el.getAttribute('aria-label') ?? (labelled ? document.getElementById(labelled)?.textContent ?? '' : el.textContent ?? '')
    return { name: name.trim(), role: el.getAttribute('role') ?? '', tag: el.tagName, ring }
  })
}

async function openMenuCount(page: Page): Promise<number> {
  return page.locator('[role=listbox] [role=option]:visible').count()
}

const FILTERS = ['地级市', '区县', '起始年份', '截止年份', '机构类型', '指标']

test('every filter is one Tab away, named by its label, with a visible focus ring', async ({ page }) => {
  await openApp(page, '#/compare')
  await page.getByTestId('nav-compare').focus()
  // The nav links after the current one, then the filters in order.
  const seen: string[] = []
  for (let i = 0; i < 20 && seen.length < FILTERS.length; i++) {
    await page.keyboard.press('Tab')
    const f = await focused(page)
    expect(f.tag, `Tab ${i} left the focus on the page body`).not.toBe('BODY')
    if (f.tag === 'A')
      continue
    expect(f.ring, `focus ring on ${f.name}`).toBe(true)
    seen.push(f.name.split(':')[0]!)
  }
  expect(seen).toEqual(FILTERS)
})

test('tabbing past a filter before its code arrives leaves the focus where the user went', async ({ page }) => {
  // A slow machine: the select's code comes 1.5 s after it is asked for.
  await page.route('**/assets/naive-select-*.js', async (route) => {
    await new Promise(resolve => setTimeout(resolve, 1500))
    await route.continue()
  })
  await openApp(page, '#/compare')
  await page.getByTestId('nav-compare').focus()
  let name = ''
  for (let i = 0; i < 20 && name !== '截止年份'; i++) {
    await page.keyboard.press('Tab')
    name = (await focused(page)).name.split(':')[0]!
  }
  expect(name).toBe('截止年份')
  // The selects tabbed over mount once their code is in; the focus stays put.
  await expect(page.locator('.n-base-selection').first()).toBeAttached({ timeout: 10_000 })
  await page.waitForTimeout(300)
  expect((await focused(page)).name.split(':')[0]).toBe('截止年份')
})

test('a filter opens with Enter, moves with the arrows, picks with Enter and closes with Escape, keeping the focus', async ({ page }) => {
  await openApp(page, '#/compare')
  await page.locator('nav [data-testid^=nav-]').last().focus()
  await page.keyboard.press('Tab')
  // The stand-in hands the focus to the real select once its code has loaded.
  await expect.poll(async () => (await focused(page)).name).toBe('地级市')
  expect((await focused(page)).role).toBe('combobox')
  await page.keyboard.press('Enter')
  await expect.poll(() => openMenuCount(page)).toBeGreaterThan(0)
  await expect(page.getByRole('listbox', { name: '地级市' })).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect.poll(() => hashQuery(page).get('pref')).toBeTruthy()
  await expect(page.getByRole('listbox', { name: '地级市' }).getByRole('option', { selected: true })).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect.poll(() => openMenuCount(page)).toBe(0)
  const after = await focused(page)
  expect(after.name).toBe('地级市')
  expect(after.ring).toBe(true)

  // A single select (指标): the choice closes the menu and the focus stays on it.
  for (let i = 0; i < 10 && (await focused(page)).name !== '指标'; i++)
    await page.keyboard.press('Tab')
  expect((await focused(page)).name).toBe('指标')
  const indicator = hashQuery(page).get('ind')
  await page.keyboard.press('Enter')
  await expect.poll(() => openMenuCount(page)).toBeGreaterThan(0)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect.poll(() => hashQuery(page).get('ind')).not.toBe(indicator)
  await expect.poll(() => openMenuCount(page)).toBe(0)
  expect((await focused(page)).name).toBe('指标')
})

/** A URL per route name: the navigation's views, a report, and the import panel. */
async function viewUrls(page: Page): Promise<Map<string, string>> {
  await openApp(page, '#/')
  const urls = new Map<string, string>()
  for (const link of await page.locator('nav [data-testid^=nav-]').all()) {
    const id = (await link.getAttribute('data-testid'))!.slice('nav-'.length)
    urls.set(id, (await link.getAttribute('href'))!)
  }
  urls.set('report', (await page.getByTestId('coverage-report').first().getAttribute('href'))!)
  urls.set('import', '#/import')
  // 内容雷同 side by side: two bundled reports of 盐池县 (2022 county government, 2023 approval bureau), section 一.
  urls.set('similar', '#/similar/5d0b0b99c0668bdf/fe0b43cb40b21024/一')
  return urls
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  return results.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)
}

for (const variant of [{ lang: 'zh', query: '' }, { lang: 'en, dark', query: 'lang=en&theme=dark' }]) {
  test(`axe: no serious or critical violation on any view (${variant.lang})`, async ({ page }) => {
    test.setTimeout(180_000)
    const urls = await viewUrls(page)
    for (const name of routeNames())
      expect(urls.has(name), `route ${name} is scanned (add its URL to viewUrls)`).toBe(true)
    const found: string[] = []
    for (const [name, href] of urls) {
      const url = variant.query ? `${href}${href.includes('?') ? '&' : '?'}${variant.query}` : href
      await openApp(page, url.startsWith('#') ? url : `#${url.split('#')[1]}`)
      // Every chart on the page drawn (a card of the view left behind is gone by then); a
      // card below the fold waits to be scrolled to, so each waiting one is scrolled into view.
      await expect.poll(async () => {
        await page.evaluate(() => document.querySelectorAll('[data-chart-state=offscreen]').forEach(chart => chart.scrollIntoView()))
        return page.locator('[data-testid=chart-card]:not(:has([data-chart-state=ready]))').count()
      }, { timeout: 30_000 }).toBe(0)
      await page.waitForTimeout(300)
      found.push(...(await seriousViolations(page)).map(v => `${name}: ${v}`))
      // An open filter menu too (the real select, mounted on first use).
      if (name === 'compare') {
        await page.getByTestId('filter-county').first().click()
        await expect.poll(() => openMenuCount(page)).toBeGreaterThan(0)
        found.push(...(await seriousViolations(page)).map(v => `${name} (county menu open): ${v}`))
        await page.keyboard.press('Escape')
      }
    }
    expect(found).toEqual([])
  })
}
