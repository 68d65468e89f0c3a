/**
 * A province's year imported in the browser: N published reports (300 by
 * default, about 1,500 PDF pages) dropped at once on the import page of the
 * production build in headless Chromium, read by the pool of import workers
 * until every file waits for review; then optionally accepted ("import
 * all"). Prints the total time, PDF pages per second, the longest
 * main-thread task while reading (a PerformanceObserver for 'longtask'),
 * and the load average (the machine is shared). Asserts nothing.
 *
 *   npx tsx scripts/bench-import-browser.ts [--reports 300] [--pages 1500] [--no-build] [--accept] [--profile]
 *
 * Files: the corpus PDFs ($CORPUS_DIR, ../shared/corpus or
 * /work/shared/corpus) and tests/fixtures/pdf/report.pdf, repeated until the
 * pages reach --pages, with the fixture web pages and .docx between them
 * for the rest of the reports. Without the corpus only the 3-page fixture
 * PDF is there, so 300 reports hold fewer pages (the figure says how many).
 * --profile writes a CPU profile of the page's main thread while reading
 * to bench-results/import.cpuprofile and prints where its time went.
 */
import type { Page } from '@playwright/test'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { corpusDir } from './bench-pdf'
import { benchContext, launchChromium } from './lib/bench-browser-setup'
import { buildApp } from './lib/bench-prepare'
import { observeLongTasks, recordedLongTasks } from './lib/long-tasks'
import { serveStatic } from './lib/bench-server'

export interface ImportBenchOptions {
  reports: number
  /** PDF pages to reach (about five a report). */
  pages: number
  build: boolean
  accept: boolean
  profile: boolean
}

interface Source { path: string, pages: number }

export interface ImportBench {
  reports: number
  pdfs: number
  pages: number
  /** Drop → every file read (waiting for review or refused), ms. */
  readMs: number
  /** Long tasks on the main thread while reading, ms each. */
  longTasks: number[]
  /** "Import all" → every report saved and in the dataset, ms (with --accept). */
  acceptMs: number | null
  acceptLongTasks: number[]
  /** Files refused (a healthy run has none). */
  refused: number
  workers: number
  load: [number, number]
  errors: string[]
  corpus: boolean
}

const FIXTURES = resolve('tests/fixtures')
const OTHERS = ['html/xiji-2023-gbk.html', 'html/longde-2022.html', 'docx/pengyang-2023.docx'].map(f => join(FIXTURES, f))

function pdfSources(): { pdfs: Source[], corpus: boolean } {
  const dir = corpusDir().found
  const corpus = dir ? [['hongze-2023', 5], ['hongze-2024', 5], ['huaian-2024', 6]].map(([n, p]) => ({ path: join(dir, 'pdf', `${n}.pdf`), pages: p as number })).filter(s => existsSync(s.path)) : []
  return { pdfs: [...corpus, { path: join(FIXTURES, 'pdf/report.pdf'), pages: 3 }], corpus: corpus.length > 0 }
}

/** The files to drop: PDFs until the pages are reached, the web pages and .docx spread between them. */
export function composeBatch(reports: number, pages: number, pdfs: readonly Source[]): Source[] {
  const mean = pdfs.reduce((n, s) => n + s.pages, 0) / pdfs.length
  const pdfCount = Math.min(reports, Math.round(pages / mean))
  const others = reports - pdfCount
  const out: Source[] = []
  let pdf = 0
  let other = 0
  for (let i = 0; i < reports; i++) {
    // Spread the non-PDFs evenly: the i-th file is one when the share of them so far falls behind.
    const wantOthers = Math.round((i + 1) * others / reports)
    if (other < wantOthers)
      out.push({ path: OTHERS[other++ % OTHERS.length]!, pages: 0 })
    else
      out.push(pdfs[pdf++ % pdfs.length]!)
  }
  return out
}

/** Every file read: the overall bar says so (data-done). Returns the page's clock then. */
async function waitAllRead(page: Page, timeout: number): Promise<number> {
  const handle = await page.waitForFunction(() => document.querySelector('[data-testid=import-overall][data-done]') ? performance.now() : 0, undefined, { timeout, polling: 100 })
  return handle.jsonValue() as Promise<number>
}

async function longTasksSince(page: Page, from: number, to = Infinity): Promise<number[]> {
  const tasks = (await recordedLongTasks(page)).filter(x => x.start >= from && x.start <= to)
  if (process.env.BENCH_VERBOSE)
    console.log(tasks.map(x => `${((x.start - from) / 1000).toFixed(1)}s:${x.duration.toFixed(0)}`).join(' '))
  return tasks.map(x => x.duration)
}

/** Accept every file: "import all", answering each duplicates dialog with "keep both" (the batch repeats its files). */
async function acceptAll(page: Page, expected: number, timeout: number): Promise<void> {
  await page.getByTestId('import-all').click()
  const deadline = Date.now() + timeout
  const dialog = page.getByTestId('import-duplicates')
  while (Date.now() < deadline) {
    const imported = await page.locator('[data-testid=import-file][data-status=imported]').count()
    if (imported >= expected)
      return
    if (await dialog.isVisible()) {
      await dialog.getByTestId('import-all-keep-both').click()
      await dialog.getByTestId('import-decide-confirm').click()
      // The next file's duplicates may open it again at once: look again rather than wait for it to close.
      await page.waitForTimeout(100)
    }
    else {
      await page.waitForTimeout(50)
    }
  }
  throw new Error(`accepting: not every file was imported within ${timeout / 1000} s`)
}

interface ProfileNode { id: number, callFrame: { functionName: string, url: string, lineNumber: number }, children?: number[] }
export interface Profile { nodes: ProfileNode[], samples: number[], timeDeltas: number[] }

export function printProfile(profile: Profile): void {
  const byId = new Map(profile.nodes.map(n => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) {
    for (const c of n.children ?? []) parent.set(c, n.id)
  }
  const file = (url: string) => url ? basename(url).replace(/-[\w-]{8}\.js$/, '') : ''
  const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${file(n.callFrame.url)}:${n.callFrame.lineNumber}`
  const self = new Map<string, number>()
  const inclusive = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000
    const leaf = byId.get(id)!
    if (leaf.callFrame.functionName === '(idle)' || leaf.callFrame.functionName === '(program)')
      return
    total += ms
    self.set(name(leaf), (self.get(name(leaf)) ?? 0) + ms)
    const seen = new Set<string>()
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const key = name(byId.get(cur)!)
      if (!seen.has(key)) {
        seen.add(key)
        inclusive.set(key, (inclusive.get(key) ?? 0) + ms)
      }
    }
  })
  console.log(`  main thread busy ${total.toFixed(0)} ms while reading (profile: bench-results/import.cpuprofile)`)
  for (const [title, m] of [['self', self], ['inclusive', inclusive]] as const) {
    console.log(`  ${title} time by function:`)
    for (const [k, ms] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${k}`)
  }
}

export async function benchImportBrowser(options: ImportBenchOptions): Promise<ImportBench> {
  if (options.build)
    buildApp([])
  const { pdfs, corpus } = pdfSources()
  const batch = composeBatch(options.reports, options.pages, pdfs)
  // Files on disk, named apart: Playwright hands paths to Chromium (buffers are capped at 50 MB in all).
  const dir = mkdtempSync(join(tmpdir(), 'import-bench-'))
  const paths = batch.map((s, i) => {
    const path = join(dir, `${String(i + 1).padStart(4, '0')}-${basename(s.path)}`)
    copyFileSync(s.path, path)
    return path
  })
  const server = await serveStatic('dist', { gzip: true })
  const browser = await launchChromium()
  const load: [number, number] = [loadavg()[0]!, 0]
  try {
    const context = await benchContext(browser)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', e => errors.push(e.message))
    await observeLongTasks(page)
    await page.goto(`${server.url}#/import`)
    await page.getByTestId('import-drop').waitFor()
    await page.waitForTimeout(1000)
    const workers = await page.evaluate(() => Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2)))
    const cdp = options.profile ? await context.newCDPSession(page) : null
    if (cdp) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
      await cdp.send('Profiler.start')
    }
    const start = await page.evaluate(() => performance.now())
    await page.getByTestId('import-input').setInputFiles(paths)
    const end = await waitAllRead(page, 30 * 60_000)
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop') as { profile: Profile }
      mkdirSync('bench-results', { recursive: true })
      writeFileSync('bench-results/import.cpuprofile', JSON.stringify(profile))
      printProfile(profile)
    }
    const longTasks = await longTasksSince(page, start, end)
    const overall = await page.getByTestId('import-overall').innerText()
    const pages = Number(/(\d+)\/\d+ 页/.exec(overall)?.[1] ?? 0)
    const refused = await page.locator('[data-testid=import-file][data-status=refused]').count()
    let acceptMs: number | null = null
    let acceptLongTasks: number[] = []
    if (options.accept) {
      const from = await page.evaluate(() => performance.now())
      try {
        await acceptAll(page, batch.length - refused, 30 * 60_000)
        const to = await page.evaluate(() => performance.now())
        acceptMs = to - from
        acceptLongTasks = await longTasksSince(page, from, to)
      }
      catch (error) {
        // The reading figures stand; say why accepting was not timed.
        errors.push(`accepting: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
      }
    }
    load[1] = loadavg()[0]!
    return { reports: batch.length, pdfs: batch.filter(s => s.pages > 0).length, pages, readMs: end - start, longTasks, acceptMs, acceptLongTasks, refused, workers, load, errors, corpus }
  }
  finally {
    await browser.close()
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

export function printImportBench(b: ImportBench): void {
  const max = (xs: number[]) => (xs.length ? Math.max(...xs) : 0).toFixed(0)
  console.log(`Browser import: ${b.reports} reports (${b.pdfs} PDFs, ${b.pages} pages${b.corpus ? '' : '; no corpus: the 3-page fixture PDF only'}; ${b.reports - b.pdfs} web pages and .docx), ${b.workers} import worker(s)`)
  console.log(`  read and parsed: ${(b.readMs / 1000).toFixed(1)} s (goal ≤ 60 s), ${(b.pages / (b.readMs / 1000)).toFixed(1)} PDF pages/s, ${(b.reports / (b.readMs / 1000)).toFixed(1)} reports/s${b.refused ? `; ${b.refused} refused` : ''}`)
  console.log(`  main thread while reading: ${b.longTasks.length} long task(s), longest ${max(b.longTasks)} ms (goal < 200 ms)`)
  if (b.acceptMs !== null)
    console.log(`  accepted (import all, saved to IndexedDB, in the dataset): ${(b.acceptMs / 1000).toFixed(1)} s; ${b.acceptLongTasks.length} long task(s), longest ${max(b.acceptLongTasks)} ms`)
  console.log(`  load average ${b.load[0].toFixed(2)} → ${b.load[1].toFixed(2)} (2 cores, shared)${b.errors.length ? `; page errors: ${b.errors.join(' | ')}` : ''}`)
}

function parseArgs(argv: readonly string[]): ImportBenchOptions {
  const options: ImportBenchOptions = { reports: 300, pages: 1500, build: true, accept: false, profile: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--reports')
      options.reports = Math.max(1, Number(argv[++i]) || 300)
    else if (a === '--pages')
      options.pages = Math.max(1, Number(argv[++i]) || 1500)
    else if (a === '--no-build')
      options.build = false
    else if (a === '--accept')
      options.accept = true
    else if (a === '--profile')
      options.profile = true
    else
      throw new Error(`bench-import-browser: unknown argument ${a}`)
  }
  return options
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchImportBrowser(parseArgs(process.argv.slice(2))).then(printImportBench).catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error)
    process.exit(1)
  })
}
