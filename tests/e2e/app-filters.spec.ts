import { expect, test } from '@playwright/test'
import { chartsReady, columnTexts, hashQuery, openApp, pickOption, renderCount, watchConsole } from './app-helpers'

/**
 * The filters live in the URL: picking a county through the UI changes the
 * URL and the chart, the URL reproduces the view on reload, and back/forward
 * step through filter changes.
 */

test('picking a county changes the URL and the chart; reloading the URL gives the same view', async ({ page }) => {
  const problems = watchConsole(page)
  await openApp(page, '#/compare')
  await chartsReady(page)
  const bars = page.getByTestId('chart-card').first()
  const ranking = page.getByTestId('ranking-table')
  const before = await renderCount(bars)
  expect(await columnTexts(ranking, '区县')).toEqual(expect.arrayContaining(['盐池县（2023 · 审批服务管理局）', '灵武市（2021 · 审批服务管理局）']))
  await expect(page.getByTestId('report-count')).toHaveAttribute('data-count', '5')

  await pickOption(page, 'filter-county', '盐池', '盐池县')

  await expect.poll(() => hashQuery(page).get('county')).toBe('盐池县')
  await expect.poll(() => renderCount(bars)).toBeGreaterThan(before)
  await expect.poll(() => columnTexts(ranking, '区县')).toEqual(['盐池县（2023 · 审批服务管理局）'])
  await expect(page.getByTestId('report-count')).toHaveAttribute('data-count', '2')

  const url = page.url()
  await page.reload()
  await chartsReady(page)
  expect(page.url()).toBe(url)
  expect(await columnTexts(page.getByTestId('ranking-table'), '区县')).toEqual(['盐池县（2023 · 审批服务管理局）'])
  await expect(page.getByTestId('filter-county')).toContainText('盐池县')
  await expect(page.getByTestId('report-count')).toHaveAttribute('data-count', '2')
  expect(problems).toEqual([])
})

test('a filter change fetches nothing: the data is in the page, and the icon is not downloaded again', async ({ page }) => {
  // Chromium downloads the page's icon again on every navigation, a
  // filter change's included: an SVG icon fetched cost ~8 ms of the main
  // thread per change (issue 13). The icon is an inline PNG now.
  await openApp(page, '#/compare')
  await chartsReady(page)
  await page.waitForLoadState('networkidle')
  const bars = page.getByTestId('chart-card').first()
  const requests: string[] = []
  page.on('request', r => requests.push(r.url()))
  for (const year of ['2022', '2021', '']) {
    const before = await renderCount(bars)
    await page.getByTestId('filter-from').selectOption(year)
    await expect.poll(() => hashQuery(page).get('from')).toBe(year || null)
    await expect.poll(() => renderCount(bars)).toBeGreaterThan(before)
  }
  await chartsReady(page)
  expect(requests).toEqual([])
})

test('back and forward step through filter changes', async ({ page }) => {
  await openApp(page, '#/compare')
  await chartsReady(page)
  await page.getByTestId('filter-from').selectOption('2022')
  await expect.poll(() => hashQuery(page).get('from')).toBe('2022')
  await expect(page.getByTestId('report-count')).toHaveAttribute('data-count', '3')
  await pickOption(page, 'filter-county', 'Yanchi', '盐池县')
  await expect(page.getByTestId('report-count')).toHaveAttribute('data-count', '2')

  await page.goBack()
  await expect.poll(() => hashQuery(page).get('county')).toBeNull()
  await expect(page.getByTestId('report-count')).toHaveAttribute('data-count', '3')
  await page.goBack()
  await expect(page.getByTestId('report-count')).toHaveAttribute('data-count', '5')
  await expect(page.getByTestId('filter-from')).toHaveValue('')
  await page.goForward()
  await expect(page.getByTestId('filter-from')).toHaveValue('2022')
  await expect(page.getByTestId('report-count')).toHaveAttribute('data-count', '3')
})

test('the agency kind filter decides which reports count, and reset clears it', async ({ page }) => {
  await openApp(page, '#/?kind=county-government')
  await expect(page.getByTestId('report-count')).toHaveAttribute('data-count', '1')
  const licensing = page.locator('[data-testid=kpi-card][data-indicator="licensing.decisions"]')
  await expect(licensing.getByTestId('kpi-value')).toHaveText(/14,356/)
  await page.getByTestId('filter-reset').click()
  await expect(page.getByTestId('report-count')).toHaveAttribute('data-count', '5')
  expect(hashQuery(page).get('kind')).toBeNull()
})

test('invalid link parameters are ignored with a visible notice', async ({ page }) => {
  const problems = watchConsole(page)
  await openApp(page, '#/compare?county=火星县,盐池县&from=20x9&ind=no.such')
  const notice = page.getByTestId('query-notices')
  await expect(notice).toContainText('county=火星县')
  await expect(notice).toContainText('from=20x9')
  await expect(notice).toContainText('ind=no.such')
  await expect(page.getByTestId('report-count')).toHaveAttribute('data-count', '2')
  await chartsReady(page)
  expect(problems).toEqual([])
})
