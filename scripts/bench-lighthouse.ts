/**
 * Lighthouse (mobile preset: 4× CPU and slow 4G, simulated) on the three
 * chart views and on the bare page of the browser benchmark, in one run on
 * the same server, so the views' scores can be read against the least code
 * that fetches the same data and draws one ECharts bar chart (issue 13: a
 * score the bare page cannot reach is not one the views can).
 *
 *   npm run build && npm run bench:lighthouse [-- --dataset bundled]
 *
 * Lighthouse is not a dependency of the project (it wants Node ≥ 22.19; 13.x
 * runs on Node 20 with engine warnings): install it apart with
 * `npm install --prefix /tmp/lh lighthouse@13`, or name its binary in
 * LIGHTHOUSE. Chromium is Debian's (/usr/bin/chromium, or CHROME_PATH).
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { BARE_FOLDER, buildBare } from './lib/bench-bare'
import { serveStatic } from './lib/bench-server'

const LIGHTHOUSE = process.env.LIGHTHOUSE ?? '/tmp/lh/node_modules/.bin/lighthouse'
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium'

interface Audit { numericValue?: number }
interface Report {
  categories: { performance: { score: number | null } }
  audits: Record<string, Audit>
  environment: { benchmarkIndex: number }
}

interface Row { page: string, score: number | null, tbt: number, lcp: number, fcp: number, benchmarkIndex: number }

function datasetArg(argv: readonly string[]): string {
  const i = argv.indexOf('--dataset')
  const name = i >= 0 ? argv[i + 1] : 'bundled'
  if (!name || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(name))
    throw new Error(`--dataset needs a dataset name, not ${name}`)
  return name
}

async function lighthouse(url: string, out: string): Promise<Report> {
  await promisify(execFile)(LIGHTHOUSE, [
    url,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    '--only-categories=performance',
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
  ], { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 1 << 26 })
  return JSON.parse(readFileSync(out, 'utf8')) as Report
}

async function main(): Promise<void> {
  const dataset = datasetArg(process.argv.slice(2))
  if (!existsSync(LIGHTHOUSE))
    throw new Error(`Lighthouse not found at ${LIGHTHOUSE}: npm install --prefix /tmp/lh lighthouse@13, or set LIGHTHOUSE`)
  if (!existsSync('dist/index.html'))
    throw new Error('No build in dist/: run npm run build first')
  if (!existsSync(`dist/data/${dataset}/manifest.json`))
    throw new Error(`dist/data/${dataset}/ is missing: build with that dataset in data/`)
  if (!existsSync(`dist/${BARE_FOLDER}/index.html`))
    await buildBare()
  const pages = [
    ...['compare', 'trends', 'heatmap'].map(view => [`#/${view}`, `#/${view}?dataset=${dataset}`] as const),
    ['bare page', `${BARE_FOLDER}/index.html?dataset=${dataset}`] as const,
  ]
  const server = await serveStatic('dist', { gzip: true })
  const folder = mkdtempSync(join(tmpdir(), 'lighthouse-'))
  const rows: Row[] = []
  try {
    for (const [page, path] of pages) {
      const report = await lighthouse(`${server.url}${path}`, join(folder, 'report.json'))
      const value = (id: string) => Math.round(report.audits[id]?.numericValue ?? Number.NaN)
      rows.push({ page, score: report.categories.performance.score, tbt: value('total-blocking-time'), lcp: value('largest-contentful-paint'), fcp: value('first-contentful-paint'), benchmarkIndex: Math.round(report.environment.benchmarkIndex) })
    }
  }
  finally {
    await server.close()
    rmSync(folder, { recursive: true, force: true })
  }
  const bare = rows.at(-1)!
  console.log(`Lighthouse, mobile preset, dataset ${dataset} (simulated TBT, LCP, FCP in ms; benchmarkIndex is Lighthouse's CPU figure for this machine):`)
  console.log('page         score   TBT (× bare)      LCP    FCP  benchmarkIndex')
  for (const r of rows) {
    const ratio = r === bare ? '' : ` (${(r.tbt / bare.tbt).toFixed(2)}×)`
    console.log(`${r.page.padEnd(12)} ${String(r.score ?? '—').padStart(5)} ${`${r.tbt}${ratio}`.padStart(14)} ${String(r.lcp).padStart(8)} ${String(r.fcp).padStart(6)} ${String(r.benchmarkIndex).padStart(15)}`)
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
