import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import mammoth from 'mammoth'
import { openApp, watchConsole } from './app-helpers'

/** Screenshots for the reviewer's eye (not compared): test-results/briefing/. */
const SHOTS = join(import.meta.dirname, '../../test-results/briefing')

test.describe('briefing (简报)', () => {
  test('shows who reported (every county), rankings with the agency and year, and passes axe', async ({ page }) => {
    const problems = watchConsole(page)
    await openApp(page, '#/briefing?year=2023')
    const coverage = page.getByTestId('briefing-coverage')
    await expect(coverage).toBeVisible()
    // 22 Ningxia counties: 盐池县 and 沙坡头区 reported for 2023, 兴庆区 (no report at all) did not.
    await expect(coverage.locator('tbody tr')).toHaveCount(22)
    await expect(coverage.locator('tr[data-region=兴庆区]')).toContainText('未报送')
    await expect(coverage.locator('tr[data-region=盐池县]')).toContainText('盐池县审批服务管理局')
    await expect(coverage.locator('tr[data-region=盐池县]')).toContainText('发布日期不明')
    const licensing = page.locator('[data-indicator="licensing.decisions"]')
    await expect(licensing.locator('tbody tr').first()).toContainText('盐池县审批服务管理局（2023）')
    await expect(licensing.locator('tbody tr').first()).toContainText('5,147 件')

    const axe = await new AxeBuilder({ page }).include('[data-testid=briefing]').analyze()
    const serious = axe.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)).toEqual([])
    expect(problems).toEqual([])
  })

  test('from a check\'s review status to the briefing and its .docx: a note kept in IndexedDB, a county and a table row read back', async ({ page }) => {
    await openApp(page, '#/checks?from=2023&to=2023')
    // 沙坡头区 2023's on-time rate that does not add up: verified, with a note.
    const mismatch = page.getByTestId('checks-table').locator('tr').filter({ hasText: 'rate.mismatch' })
    await mismatch.getByTestId('check-status').click()
    await page.locator('.n-base-select-option:visible').filter({ hasText: '已核实' }).click()
    await mismatch.getByTestId('check-note').locator('input').fill('已与沙坡头区核对，待更正')
    await mismatch.getByTestId('check-note').locator('input').press('Enter')
    await expect(mismatch.getByTestId('check-review')).toHaveAttribute('data-status', 'verified')
    // The first menu's closing transition runs long on a loaded machine: let it go before the next opens.
    await expect(page.locator('.n-base-select-option:visible')).toHaveCount(0)
    // 盐池县's missing publication date: ignored, so it leaves the briefing.
    const undated = page.getByTestId('checks-table').locator('tr').filter({ hasText: 'meta.published' }).filter({ hasText: '盐池县' })
    await undated.getByTestId('check-status').click()
    await page.locator('.n-base-select-option:visible').filter({ hasText: '已忽略' }).click()
    await expect(undated.getByTestId('check-review')).toHaveAttribute('data-status', 'ignored')

    await page.getByTestId('nav-briefing').click()
    await expect(page.getByTestId('briefing-coverage')).toBeVisible()
    const findings = page.getByTestId('briefing-findings')
    const verified = findings.locator('tr').filter({ hasText: '已与沙坡头区核对，待更正' })
    await expect(verified).toContainText('已核实')
    await expect(verified).toContainText('沙坡头区')
    await expect(findings.locator('tr').filter({ hasText: '盐池县' })).toHaveCount(0)
    // The link opens the report at the number the check concerns, as the checks list does.
    await expect(verified.getByTestId('briefing-finding-link')).toHaveAttribute('href', /#\/report\/66ff902454663c3e\?.*(obs|line)=\d+/)

    const note = page.locator('textarea[data-region=沙坡头区]')
    await note.fill('已电话核实，待补发布日期')
    await note.blur()
    // Saved in IndexedDB (a write still in flight when the page unloads would be lost by the browser, not by the app).
    await expect.poll(() => page.evaluate(() => new Promise<unknown>((resolve) => {
      const open = indexedDB.open('disclosure-dashboard-notes')
      open.onerror = () => resolve(null)
      open.onsuccess = () => {
        const get = open.result.transaction('notes').objectStore('notes').get('2023|沙坡头区')
        get.onsuccess = () => resolve(get.result ?? null)
        get.onerror = () => resolve(null)
      }
    }))).toBe('已电话核实，待补发布日期')
    await page.reload()
    await expect(page.locator('textarea[data-region=沙坡头区]')).toHaveValue('已电话核实，待补发布日期')

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('briefing-docx').click()])
    expect(download.suggestedFilename()).toMatch(/\.docx$/)
    const buffer = readFileSync(await download.path())
    const { value: html } = await mammoth.convertToHtml({ buffer })
    expect(html).toContain('2023年度政府信息公开工作年度报告审查简报')
    expect(html).toContain('兴庆区')
    expect(html).toContain('已电话核实，待补发布日期')
    expect(html).toContain('已核实：已与沙坡头区核对，待更正')
    // The licensing ranking's first row as a Word table row.
    expect(html).toMatch(/<tr><td><p>1<\/p><\/td><td><p>盐池县<\/p><\/td><td><p>盐池县审批服务管理局（2023）<\/p><\/td><td><p>5,147 件<\/p><\/td>/)
    expect(html).toContain('<img')
  })

  test('a .docx asked for while the chart image is still rendering waits for it', async ({ page }) => {
    // The image's code arrives late (a slow connection): the click comes first.
    await page.route(/chart-image-[\w-]+\.js$/, async (route) => {
      await new Promise(resolve => setTimeout(resolve, 1500))
      await route.continue()
    })
    await openApp(page, '#/briefing?year=2023&ind=licensing.decisions')
    await expect(page.getByTestId('briefing-coverage')).toBeVisible()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('briefing-docx').click()])
    const { value: html } = await mammoth.convertToHtml({ buffer: readFileSync(await download.path()) })
    expect(html).toContain('<img')
  })

  test('screenshots in zh and en, and a printed page', async ({ page }) => {
    mkdirSync(SHOTS, { recursive: true })
    for (const lang of ['zh', 'en'] as const) {
      await openApp(page, `#/briefing?year=2023&ind=licensing.decisions${lang === 'en' ? '&lang=en' : ''}`)
      await expect(page.getByTestId('briefing-coverage')).toBeVisible()
      // The chart is drawn when scrolled to.
      await page.getByTestId('chart-card').scrollIntoViewIfNeeded()
      await expect(page.locator('[data-chart-state=ready]')).toBeVisible()
      await page.screenshot({ path: join(SHOTS, `briefing-${lang}.png`), fullPage: true })
    }
    await openApp(page, '#/briefing?year=2023')
    await expect(page.getByTestId('briefing-print-image')).toHaveCount(1)
    await page.emulateMedia({ media: 'print' })
    const pdf = join(SHOTS, 'briefing.pdf')
    await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true })
    execFileSync('pdftoppm', ['-png', '-r', '80', pdf, join(SHOTS, 'print')])
  })
})
