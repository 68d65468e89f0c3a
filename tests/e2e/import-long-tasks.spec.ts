import type { Page } from '@playwright/test'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { NINGXIA } from '../../src/catalog/gazetteer'
import { INDICATORS } from '../../src/catalog/indicators'
import { unzipSync } from 'fflate'
import { longTasksBetween, observeLongTasks } from '../../scripts/lib/long-tasks'
import { chartsReady } from './app-helpers'
import { quietMachine } from './long-tasks'

/**
 * The main thread while a batch of documents is read (issue 9 item 7) and
 * while imports come back on a reload (issue 14 item 8):
 * a tidy CSV of 100,000 rows is imported, the page reloaded, and every long
 * task (PerformanceObserver 'longtask') between the store's
 * imports-restore-start and -end marks is under 200 ms: the records are
 * read, validated and built into dataset parts in a worker (the test sees
 * that worker start). The bound is asserted on a quiet machine only (see
 * long-tasks.ts); the figures are printed either way.
 */

const HEADER = 'report_id,region,prefecture,agency,agency_kind,year,format,indicator,value,unit,approx,source,evidence'

/** `rows` rows: reports of every indicator over the gazetteer's counties and 1995–2014, agencies apart so none is a duplicate. */
function bigCsv(rows: number): string {
  const counties = NINGXIA.prefectures.flatMap(p => p.counties.map(c => ({ county: c.name, prefecture: p.name })))
  const lines = [HEADER]
  for (let r = 0; lines.length <= rows; r++) {
    const { county, prefecture } = counties[r % counties.length]!
    const year = 1995 + (r % 20)
    const agency = `${county}第${r}局`
    for (const ind of INDICATORS) {
      if (lines.length > rows)
        break
      const value = (r * 7 + ind.id.length) % 900
      lines.push(`big-${r},${county},${prefecture},${agency},other,${year},2021,${ind.id},${value},${ind.unit},false,table,${ind.zh}\t${value}`)
    }
  }
  return `${lines.join('\n')}\n`
}

/** Import the 100,000-row CSV on the import page and wait until it has joined the data. */
async function importBigCsv(page: Page): Promise<void> {
  await page.goto('#/import')
  await page.getByTestId('import-input').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(bigCsv(100_000)) })
  const file = page.getByTestId('import-file')
  await expect(file.getByTestId('import-confirm')).toBeEnabled({ timeout: 180_000 })
  await file.getByTestId('import-confirm').click()
  await expect(file.getByTestId('import-outcome')).toContainText('已导入', { timeout: 60_000 })
}

test('restoring 100,000 imported rows on a reload holds the main thread under 200 ms', async ({ page }) => {
  test.setTimeout(300_000)
  await importBigCsv(page)

  await observeLongTasks(page)
  const workers: string[] = []
  page.on('worker', w => workers.push(w.url()))
  await page.reload()
  await page.waitForFunction(() => performance.getEntriesByName('imports-restore-end').length > 0, undefined, { timeout: 120_000 })
  // A task that started inside the window may end after it: wait for it to be reported.
  await page.waitForTimeout(1000)
  const [start, end] = await page.evaluate(() => ['imports-restore-start', 'imports-restore-end'].map(m => performance.getEntriesByName(m)[0]!.startTime))
  const tasks = await longTasksBetween(page, start!, end!)
  console.log(`restore of 100,000 rows: ${((end! - start!) / 1000).toFixed(2)} s, ${tasks.length} long task(s), longest ${Math.max(0, ...tasks).toFixed(0)} ms`)
  expect(workers.some(url => url.includes('import-restore'))).toBe(true)
  await page.goto('#/import')
  await expect(page.getByTestId('import-saved-row')).toContainText('big.csv')
  if (quietMachine(test.info()))
    expect(Math.max(0, ...tasks)).toBeLessThan(200)
})

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures')
const DOCUMENTS = ['pdf/report.pdf', 'html/xiji-2023-gbk.html', 'docx/pengyang-2023.docx', 'pdf/scanned.pdf'].map(f => path.join(FIXTURES, f))

test('the main thread has no long task over 200 ms while 12 PDFs, web pages and .docx are read', async ({ page }) => {
  test.setTimeout(240_000)
  await observeLongTasks(page)
  await page.goto('#/import')
  await expect(page.getByTestId('import-drop')).toBeVisible()
  // Let the page settle: start-up is not the import.
  await page.waitForTimeout(1000)
  const from = await page.evaluate(() => performance.now())
  const batch = DOCUMENTS.flatMap(f => [0, 1, 2].map(i => ({ name: `${i}-${path.basename(f)}`, mimeType: 'application/octet-stream', buffer: readFileSync(f) })))
  await page.getByTestId('import-input').setInputFiles(batch)
  await expect(page.getByTestId('import-overall')).toContainText('已读取 12/12 个文件', { timeout: 200_000 })
  const to = await page.evaluate(() => performance.now())
  const tasks = await longTasksBetween(page, from, to)
  console.log(`12 documents read in ${((to - from) / 1000).toFixed(1)} s: ${tasks.length} long task(s), longest ${Math.max(0, ...tasks).toFixed(0)} ms`)
  if (quietMachine(test.info()))
    expect(Math.max(0, ...tasks)).toBeLessThan(200)
})

/** `count` tidy CSV files of one report each (every indicator), none a duplicate of another. */
function smallCsvs(count: number) {
  const counties = NINGXIA.prefectures.flatMap(p => p.counties.map(c => ({ county: c.name, prefecture: p.name })))
  return Array.from({ length: count }, (_, r) => {
    const { county, prefecture } = counties[r % counties.length]!
    const agency = `${county}第${r}局`
    const lines = INDICATORS.map(ind => `small-${r},${county},${prefecture},${agency},other,2020,2021,${ind.id},${(r + ind.id.length) % 500},${ind.unit},false,table,${ind.zh}`)
    return { name: `f${r}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`${[HEADER, ...lines].join('\n')}\n`) }
  })
}

test('200 dropped files are read and imported all with no long task over 200 ms, a progress line and one change of the data', async ({ page }, info) => {
  test.setTimeout(300_000)
  // Files on disk, as a file picker gives them: buffers would be turned
  // into File objects by Playwright's script inside the page, in the same
  // task, and that is not the app's time.
  mkdirSync(info.outputDir, { recursive: true })
  const dir = mkdtempSync(path.join(info.outputDir, 'drop-'))
  const files = smallCsvs(200).map((f) => {
    const file = path.join(dir, f.name)
    writeFileSync(file, f.buffer)
    return file
  })
  await observeLongTasks(page)
  await page.goto('#/import')
  await page.waitForTimeout(1000)
  const dropped = await page.evaluate(() => performance.now())
  await page.getByTestId('import-input').setInputFiles(files)
  await expect(page.getByTestId('import-overall')).toContainText('已读取 200/200 个文件', { timeout: 200_000 })
  const read = await page.evaluate(() => performance.now())
  await page.waitForTimeout(1000)
  const reading = await longTasksBetween(page, dropped, read)
  console.log(`reading 200 dropped files: ${((read - dropped) / 1000).toFixed(1)} s, ${reading.length} long task(s), longest ${Math.max(0, ...reading).toFixed(0)} ms`)
  const from = await page.evaluate(() => performance.now())
  await page.getByTestId('import-all').click()
  await expect(page.getByTestId('import-all-progress')).toContainText(/正在导入 \d+ \/ 200 个文件/)
  await expect(page.getByTestId('import-saved')).toHaveAttribute('data-count', '200', { timeout: 200_000 })
  // Listed a page at a time.
  await expect(page.getByTestId('import-saved-row')).toHaveCount(50)
  await expect(page.getByTestId('import-all-progress')).toHaveCount(0)
  const to = await page.evaluate(() => performance.now())
  await page.waitForTimeout(1000)
  const tasks = await longTasksBetween(page, from, to)
  console.log(`import all of 200 files: ${((to - from) / 1000).toFixed(1)} s, ${tasks.length} long task(s), longest ${Math.max(0, ...tasks).toFixed(0)} ms`)
  // Measured here at load 1.2–2 on 2 cores (docs/import.md): reading, one
  // task of 413–450 ms before the files were taken a slice per task, 178 ms
  // after (of which ~80 ms is the browser's own for the picked files);
  // import all, 23–29 s with 132–143 long tasks at first, then a last
  // redraw of 260–300 ms (a popconfirm per saved row), under 100 ms after.
  if (quietMachine(test.info())) {
    expect(Math.max(0, ...reading)).toBeLessThan(200)
    expect(tasks.length).toBeLessThan(20)
    expect(Math.max(0, ...tasks)).toBeLessThan(200)
  }
})

test('export all at 100,000 imported rows: a zip with every chart, a progress line when slow, no long task of a whole chart', async ({ page }) => {
  test.setTimeout(300_000)
  await observeLongTasks(page)
  await importBigCsv(page)
  for (const view of ['heatmap', 'trends', 'compare']) {
    await page.goto(`#/${view}?from=1995&to=2024`)
    await chartsReady(page)
    await page.waitForTimeout(1000)
    const from = await page.evaluate(() => performance.now())
    const progress = page.getByTestId('export-all-progress').waitFor({ timeout: 120_000 }).then(() => true, () => false)
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('export-all').click()])
    const to = await page.evaluate(() => performance.now())
    await page.waitForTimeout(1000)
    const tasks = await longTasksBetween(page, from, to)
    // Every card on the page (the compare view's map card mounts after its chunk).
    const charts = await page.getByTestId('chart-card').count()
    console.log(`export all (${view}, ${charts} charts) at 100,000 rows: ${((to - from) / 1000).toFixed(2)} s, ${tasks.length} long task(s), longest ${Math.max(0, ...tasks).toFixed(0)} ms`)
    const files = unzipSync(readFileSync(await download.path()))
    const pngs = Object.keys(files).filter(n => n.endsWith('.png'))
    expect(pngs).toHaveLength(charts)
    expect(Object.keys(files).filter(n => n.endsWith('.csv'))).toHaveLength(charts)
    for (const name of pngs)
      expect([...files[name]!.subarray(1, 4)]).toEqual([0x50, 0x4E, 0x47])
    if (to - from > 1500)
      expect(await progress, 'an export over a second shows how far it has come').toBe(true)
    // Measured here at load 2–3.5 on 2 cores: the heatmap's 325–465 ms at
    // first (layout, a throwaway paint, a 2× paint and the PNG encoding in
    // one task), 143–236 ms with the steps in tasks of their own, 160–172 ms
    // once the layout no longer paints (docs/charts.md).
    if (quietMachine(test.info()))
      expect(Math.max(0, ...tasks)).toBeLessThan(200)
  }
})
