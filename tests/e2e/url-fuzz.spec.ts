import { expect, test } from '@playwright/test'
import { watchConsole } from './app-helpers'
import { mulberry32 } from '../../scripts/lib/synthetic-random'

/**
 * Hostile links (issue 14 item 6): 50 URLs from a fixed seed, each a view
 * and one to three parameters, valid or not. The page must load without
 * an uncaught error, console error or CSP violation, and name in its notice
 * every link whose parameters hold something it ignored — and show no
 * notice for a link that holds nothing bad.
 */

const REPORT = 'a945e0460abd1e15'
const VIEWS = ['', 'compare', 'trends', 'heatmap', 'checks', `report/${REPORT}`] as const

/** [parameter, value] pairs the app takes as they are. */
const GOOD: readonly [string, string][] = [
  ['lang', 'en'], ['theme', 'dark'], ['county', '盐池县'], ['from', '2019'], ['to', '2024'],
  ['ind', 'hotline.completion_rate'], ['kind', 'approval-bureau'], ['mode', 'yoy'], ['sort', 'county'], ['order', 'asc'],
]
/** Pairs the app must ignore, and say so. */
const BAD: readonly [string, string][] = [
  ['obs', '-1'], ['obs', '99999'], ['obs', 'abc'], ['obs', '1e309'], ['obs', '0x1'], ['obs', '1.5'],
  ['mode', '__proto__'], ['sort', '__proto__'], ['order', 'constructor'], ['lang', 'fr'], ['from', '20x9'],
  ['county', '不存在县'], ['__proto__', 'x'], ['constructor', 'y'], ['ind', '__proto__'], ['dataset', '../etc'],
  ['theme', '<script>alert(1)</script>'], ['foo', '%E0%A4%A'], ['pref', 'toString'], ['to', '99999999999999999999'],
]

interface FuzzLink { hash: string, bad: boolean }

function links(count: number): FuzzLink[] {
  const random = mulberry32(14)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const out: FuzzLink[] = []
  for (let i = 0; i < count; i++) {
    const view = pick(VIEWS)
    const pairs: [string, string][] = []
    let bad = false
    const n = 1 + Math.floor(random() * 3)
    for (let k = 0; k < n; k++) {
      // Two in five links stay clean, to check that nothing is flagged by mistake.
      const useBad = i % 5 >= 2 && random() < 0.6
      const pair = useBad ? pick(BAD) : pick(GOOD)
      if (pairs.some(([key]) => key === pair[0]))
        continue
      pairs.push(pair)
      bad ||= useBad
    }
    // The foo value is already an escape, broken on purpose: keep it as written.
    const query = pairs.map(([key, value]) => `${encodeURIComponent(key)}=${key === 'foo' ? value : encodeURIComponent(value)}`).join('&')
    out.push({ hash: `#/${view}?${query}`, bad })
  }
  return out
}

test('50 hostile links: no error, and a notice exactly when something was ignored', async ({ page }) => {
  test.setTimeout(90_000)
  const problems = watchConsole(page)
  const started = Date.now()
  for (const link of links(50)) {
    await page.goto(`/${link.hash}`)
    await expect(page.locator('[data-testid=report-count], [data-testid=report-view]').first(), link.hash).toBeVisible()
    const notices = page.getByTestId('query-notices')
    if (link.bad)
      await expect(notices, link.hash).toBeVisible()
    else
      await expect(notices, link.hash).toHaveCount(0)
    expect(problems, link.hash).toEqual([])
  }
  console.log(`50 links in ${Date.now() - started} ms`)
})
