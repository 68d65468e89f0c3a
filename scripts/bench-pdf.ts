/**
 * PDF throughput on one core (Node, pdf.js's legacy build, which runs its
 * "worker" in this thread): the corpus PDFs read over and over, after a
 * warm-up, measured three ways —
 *
 * - pdf.js text extraction alone (getTextContent on every page): the
 *   yardstick of the issue;
 * - the reader's extraction (text, plus the operator list of pages that look
 *   like tables, for their ruling lines);
 * - end to end: extraction, layout and parse (what `npm run parse` does).
 *
 * CPU time is what one free core does; wall time is inflated when the
 * machine is busy (the load average is printed with the figures).
 */
import type { PdfEnv } from '../src/readers/pdf/env'
import { existsSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseReport } from '../src/parser/index'
import { layoutDocument } from '../src/readers/pdf/layout-document'
import { extractPdfPages, readPdf } from '../src/readers/pdf/read-pdf'
import { nodePdfEnv } from './lib/reader-env'

const ROUNDS = 5
/** Layout and parse take little time: more rounds for a steady figure. */
const LAYOUT_ROUNDS = 50
const CORPUS_NAMES = ['hongze-2023', 'hongze-2024', 'huaian-2024']

export interface Timing {
  pages: number
  seconds: number
  cpuSeconds: number
}

export interface PdfBench {
  files: string[]
  rounds: number
  extractText: Timing
  extractReader: Timing
  endToEnd: Timing
  /** Layout and parse alone, on pages extracted beforehand (×LAYOUT_ROUNDS). */
  layoutParse: Timing
  load: number[]
}

/** Where the corpus is: $CORPUS_DIR, ../shared/corpus beside the repository, /work/shared/corpus. */
export function corpusDir(): { found: string | null, tried: string[] } {
  const tried = [process.env.CORPUS_DIR, resolve('../shared/corpus'), '/work/shared/corpus'].filter((d): d is string => !!d)
  return { found: tried.find(d => existsSync(join(d, 'pdf'))) ?? null, tried }
}

async function textOnly(bytes: Uint8Array, env: PdfEnv): Promise<number> {
  const pdfjs = await env.load()
  const task = pdfjs.getDocument({ data: bytes.slice(), cMapUrl: env.cMapUrl, cMapPacked: true, standardFontDataUrl: env.standardFontDataUrl, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 })
  const doc = await task.promise
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    await page.getTextContent()
    page.cleanup()
  }
  const pages = doc.numPages
  await task.destroy()
  return pages
}

async function time(run: () => Promise<number>): Promise<Timing> {
  const start = performance.now()
  const cpu = process.cpuUsage()
  const pages = await run()
  const used = process.cpuUsage(cpu)
  return { pages, seconds: (performance.now() - start) / 1000, cpuSeconds: (used.user + used.system) / 1e6 }
}

export async function benchPdf(): Promise<PdfBench | { skipped: string }> {
  const { found, tried } = corpusDir()
  if (!found)
    return { skipped: `no corpus PDFs at ${tried.join(' or ')} (set CORPUS_DIR to the folder holding pdf/)` }
  const files = CORPUS_NAMES.map(n => join(found, 'pdf', `${n}.pdf`)).filter(existsSync)
  const data = files.map(f => new Uint8Array(readFileSync(f)))
  const env = nodePdfEnv()
  const each = async (f: (bytes: Uint8Array) => Promise<number>) => {
    let pages = 0
    for (let r = 0; r < ROUNDS; r++) {
      for (const bytes of data)
        pages += await f(bytes)
    }
    return pages
  }
  const endToEnd = async (bytes: Uint8Array) => {
    const doc = await readPdf(bytes, env)
    parseReport(doc.text, { sourceFormat: 'pdf' })
    return doc.pages ?? 0
  }
  const reader = async (bytes: Uint8Array) => {
    const pages = await extractPdfPages(bytes, env)
    return typeof pages === 'string' ? 0 : pages.length
  }
  // Warm-up: load pdf.js, the cMaps, and JIT the layout and the parser.
  for (const bytes of data)
    await endToEnd(bytes)
  const extractText = await time(() => each(bytes => textOnly(bytes, env)))
  const extractReader = await time(() => each(reader))
  const total = await time(() => each(endToEnd))
  const extracted = (await Promise.all(data.map(bytes => extractPdfPages(bytes, env)))).filter(p => typeof p !== 'string')
  const layoutParse = await time(async () => {
    let pages = 0
    for (let r = 0; r < LAYOUT_ROUNDS; r++) {
      for (const doc of extracted) {
        parseReport(layoutDocument(doc).text, { sourceFormat: 'pdf' })
        pages += doc.length
      }
    }
    return pages
  })
  return { files, rounds: ROUNDS, extractText, extractReader, endToEnd: total, layoutParse, load: loadavg() }
}

export function printPdfBench(b: PdfBench | { skipped: string }): void {
  console.log('PDF throughput (one core, Node, pdf.js legacy build)')
  if ('skipped' in b) {
    console.log(`  skipped: ${b.skipped}`)
    return
  }
  const line = (label: string, t: Timing) => console.log(`  ${label.padEnd(36)} ${(t.pages / t.cpuSeconds).toFixed(1).padStart(5)} pages per CPU-second  (${t.cpuSeconds.toFixed(2)} CPU-s, wall ${t.seconds.toFixed(2)} s → ${(t.pages / t.seconds).toFixed(1)} pages/s)`)
  console.log(`  ${b.files.length} corpus PDFs × ${b.rounds} rounds = ${b.endToEnd.pages} pages`)
  line('pdf.js text extraction alone', b.extractText)
  line('reader extraction (text + rules)', b.extractReader)
  line('end to end (extract + layout + parse)', b.endToEnd)
  line('layout + parse alone', b.layoutParse)
  const perPage = (t: Timing) => t.cpuSeconds / t.pages
  const over = (b.endToEnd.cpuSeconds / b.extractText.cpuSeconds - 1) * 100
  console.log(`  layout + parse: ${(perPage(b.layoutParse) * 1000).toFixed(2)} ms per page = ${(perPage(b.layoutParse) / perPage(b.extractText) * 100).toFixed(1)} % of pdf.js text extraction (goal ≤ 25 %)`)
  console.log(`  end to end vs text extraction alone: ${over >= 0 ? '+' : ''}${over.toFixed(0)} % CPU (the ruling lines: pdf.js builds the operator list of table pages)`)
  console.log(`  load average ${b.load.map(v => v.toFixed(2)).join(' ')} (2 cores shared)`)
}
