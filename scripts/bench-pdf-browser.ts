/**
 * The PDF reader in Chromium, inside a module worker as the import runs it:
 * builds scripts/pdf-browser/ with Vite (production build, pdf.js's cMaps and
 * standard fonts copied beside it as vite.config.ts does for the app), serves
 * it, and reads the PDFs in a fresh module worker twice (pdf.js in a worker
 * nested in it, as src/readers/pdf/load-browser.ts starts it). Prints load
 * time, first reads, pages per second (pdf.js extraction alone and end to
 * end), and long tasks on the page.
 *
 *   npx tsx scripts/bench-pdf-browser.ts [--rounds N]
 *
 * PDFs: the corpus ($CORPUS_DIR, ../shared/corpus or /work/shared/corpus)
 * when present, and tests/fixtures/pdf/report.pdf. See docs/parser.md.
 */
import type { BenchRequest, BenchResult } from './pdf-browser/protocol'
import { existsSync, readFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'
import { viteStaticCopy } from 'vite-plugin-static-copy'
import { corpusDir } from './bench-pdf'
import { launchChromium } from './lib/bench-browser-setup'
import { serveStatic } from './lib/bench-server'

const OUT = join(tmpdir(), 'pdf-browser-bench')

function corpusPdfs(): string[] {
  const dir = corpusDir().found
  return dir ? ['hongze-2023', 'hongze-2024', 'huaian-2024'].map(n => join(dir, 'pdf', `${n}.pdf`)).filter(existsSync) : []
}

export async function benchPdfBrowser(rounds = 5): Promise<void> {
  await build({
    root: resolve('scripts/pdf-browser'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    worker: { format: 'es' },
    build: { outDir: OUT, emptyOutDir: true, target: 'es2022' },
    plugins: [viteStaticCopy({
      targets: [
        { src: resolve('node_modules/pdfjs-dist/cmaps'), dest: 'pdfjs' },
        { src: resolve('node_modules/pdfjs-dist/standard_fonts'), dest: 'pdfjs' },
      ],
      silent: true,
    })],
  })
  const files = [...corpusPdfs(), resolve('tests/fixtures/pdf/report.pdf')]
  const server = await serveStatic(OUT, { gzip: false })
  const browser = await launchChromium()
  try {
    for (let run = 0; run < 2; run++) {
      const page = await browser.newPage()
      page.on('pageerror', err => console.log('[pageerror]', err.message))
      await page.goto(server.url)
      await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready')
      const payload = files.map(f => ({ name: basename(f), base64: readFileSync(f).toString('base64') }))
      const result = await page.evaluate(async ({ payload, rounds }) => {
        const files = payload.map(f => ({ name: f.name, bytes: Uint8Array.from(atob(f.base64), c => c.charCodeAt(0)).buffer }))
        const request: BenchRequest = { files, rounds }
        return window.runPdfBench(request)
      }, { payload, rounds }) as BenchResult & { longTasks: number[] }
      print(result, rounds)
      await page.close()
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
}

function print(r: BenchResult & { longTasks: number[] }, rounds: number): void {
  const rate = (x: { pages: number, ms: number }) => (x.pages / (x.ms / 1000)).toFixed(1)
  console.log(`PDF reader in a module worker (pdf.js in a nested worker)${r.error ? `: ERROR ${r.error}` : ''}`)
  if (r.error)
    return
  console.log(`  load pdf.js            ${r.loadMs.toFixed(0)} ms`)
  for (const f of r.first)
    console.log(`  first read ${f.name.padEnd(16)} ${f.pages} pages, ${f.values} values, ${f.ms.toFixed(0)} ms${f.checks.length ? ` (checks: ${[...new Set(f.checks)].join(', ')})` : ''}`)
  console.log(`  ${rounds} rounds: pdf.js extraction ${rate(r.extract)} pages/s; end to end (extraction + layout + parse) ${rate(r.endToEnd)} pages/s; end to end / extraction = ${(r.endToEnd.ms / r.extract.ms).toFixed(2)}`)
  console.log(`  long tasks on the page: ${r.longTasks.length}${r.longTasks.length ? ` (max ${Math.max(...r.longTasks).toFixed(0)} ms)` : ''}; load average ${loadavg().map(v => v.toFixed(2)).join(' ')}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--rounds')
  benchPdfBrowser(i > 0 ? Math.max(1, Number(process.argv[i + 1]) || 5) : 5).catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error)
    process.exit(1)
  })
}
