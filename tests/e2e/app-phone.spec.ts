import { expect, test } from '@playwright/test'
import { openApp, watchConsole } from './app-helpers'

/** A reviewer on a 390×844 phone (issue 11 items 7 and 12). */

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true })

test('tapping a number scrolls its evidence into view, and the hint says the text is below', async ({ page }) => {
  const problems = watchConsole(page)
  await openApp(page)
  await page.getByTestId('coverage-matrix').getByRole('link', { name: '盐池县审批服务管理局 2023' }).click()
  await expect(page.getByTestId('report-view')).toBeVisible()
  const hint = page.getByTestId('observations-hint').filter({ visible: true })
  await expect(hint).toHaveCount(1)
  await expect(hint).not.toContainText('右侧')
  await expect(hint).toContainText('下方')

  // The report's text (its evidence file) in, so nothing moves under the finger.
  await expect(page.getByTestId('report-text')).toContainText('行政许可')
  const row = page.locator('[data-testid=report-observation][data-indicator="licensing.decisions"]')
  await row.getByTestId('observation-value').tap()
  const mark = page.getByTestId('evidence-mark').first()
  await expect(mark).toContainText('5147')
  // In the viewport, not thousands of pixels below it.
  await expect(mark).toBeInViewport()
  expect(problems).toEqual([])
})

test('on a wide screen the hint points to the text on the right', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openApp(page)
  await page.getByTestId('coverage-matrix').getByRole('link', { name: '盐池县审批服务管理局 2023' }).click()
  const hint = page.getByTestId('observations-hint').filter({ visible: true })
  await expect(hint).toHaveCount(1)
  await expect(hint).toContainText('右侧')
})

test('← 返回 goes back where the reviewer came from, else to the overview', async ({ page }) => {
  await openApp(page, '#/checks')
  await page.getByTestId('check-report-link').first().click()
  await expect(page.getByTestId('report-view')).toBeVisible()
  await page.getByTestId('report-back').click()
  await expect(page.getByTestId('checks-table')).toBeVisible()
  expect(new URL(page.url()).hash).toMatch(/^#\/checks/)

  // Opened directly (a pasted link): there is nowhere to go back to in the app.
  const href = await page.getByTestId('check-report-link').first().getAttribute('href')
  const fresh = await page.context().newPage()
  await fresh.goto(`/${href}`)
  await expect(fresh.getByTestId('report-view')).toBeVisible()
  await fresh.getByTestId('report-back').click()
  await expect(fresh.getByTestId('coverage-matrix')).toBeVisible()
  expect(new URL(fresh.url()).hash).toMatch(/^#\/(\?|$)/)
})

test('the 合成数据 badge leaves the language and theme buttons free', async ({ page }) => {
  await openApp(page, '#/?dataset=synthetic-e2e')
  const badge = await page.getByTestId('synthetic-badge').boundingBox()
  expect(badge).not.toBeNull()
  for (const id of ['lang-switch', 'theme-switch']) {
    const button = (await page.getByTestId(id).boundingBox())!
    const overlaps = badge!.x < button.x + button.width && button.x < badge!.x + badge!.width
      && badge!.y < button.y + button.height && button.y < badge!.y + badge!.height
    expect(overlaps, `${id} is covered by the badge`).toBe(false)
    // Nothing on top of the button's centre: a tap reaches it.
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-testid]')?.getAttribute('data-testid'), [button.x + button.width / 2, button.y + button.height / 2])
    expect(hit).toBe(id)
  }
  await page.getByTestId('lang-switch').tap()
  await expect(page.getByTestId('synthetic-badge')).toContainText(/synthetic/i)
})

test('no view scrolls sideways on a phone, in either language', async ({ page }) => {
  const wide: string[] = []
  for (const lang of ['zh', 'en']) {
    for (const view of ['', 'compare', 'trends', 'heatmap', 'checks', 'briefing', 'import']) {
      await openApp(page, `#/${view}?lang=${lang}`)
      await page.waitForTimeout(500)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      if (width > 390)
        wide.push(`${view || 'overview'} (${lang}): ${width} px`)
    }
  }
  expect(wide).toEqual([])
})

test('a chart below the fold is drawn when scrolled to, not on load nor on each filter change before', async ({ page }) => {
  const problems = watchConsole(page)
  await openApp(page, '#/compare')
  const [bars, map] = [page.getByTestId('chart-card').nth(0), page.getByTestId('chart-card').nth(1)]
  await expect(bars.locator('[data-chart-state=ready]')).toBeVisible()
  await expect(map.locator('[data-chart-state]')).toHaveAttribute('data-chart-state', 'offscreen')
  // A filter change meanwhile redraws the bars only.
  await page.goto('#/compare?from=2022&to=2023')
  await expect(bars.locator('[data-render-count]')).toHaveAttribute('data-render-count', '2')
  await expect(map.locator('[data-chart-state]')).toHaveAttribute('data-chart-state', 'offscreen')
  await expect(map.locator('[data-render-count]')).toHaveAttribute('data-render-count', '0')
  await map.scrollIntoViewIfNeeded()
  await expect(map.locator('[data-chart-state]')).toHaveAttribute('data-chart-state', 'ready')
  await expect(map.locator('[data-render-count]')).toHaveAttribute('data-render-count', '1')
  // Its busy state is not shown while it waits: nothing is marked busy.
  await expect(page.locator('[aria-busy=true]')).toHaveCount(0)
  expect(problems).toEqual([])
})

test('printing draws a chart still waiting below the fold', async ({ page }) => {
  await openApp(page, '#/compare')
  const map = page.getByTestId('chart-card').nth(1)
  await expect(map.locator('[data-chart-state]')).toHaveAttribute('data-chart-state', 'offscreen')
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
  await expect(map.locator('[data-chart-state]')).toHaveAttribute('data-chart-state', 'ready')
  await expect(map.locator('[data-render-count]')).toHaveAttribute('data-render-count', '1')
})
