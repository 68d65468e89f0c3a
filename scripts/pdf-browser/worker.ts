/**
 * The PDF reader as the import worker runs it: pdf.js loaded by
 * src/readers/pdf/load-browser.ts inside this module worker, the layout and
 * the parser after it. Timed for scripts/bench-pdf-browser.ts.
 */
import type { BenchRequest, BenchResult } from './protocol'
import { parseReport } from '../../src/parser/index'
import { browserPdfEnv } from '../../src/readers/pdf/load-browser'
import { extractPdfPages, readPdf } from '../../src/readers/pdf/read-pdf'

interface Scope {
  postMessage: (message: BenchResult) => void
  onmessage: ((event: MessageEvent<BenchRequest>) => void) | null
}
const scope = globalThis as unknown as Scope

async function run({ files, rounds }: BenchRequest): Promise<BenchResult> {
  const env = browserPdfEnv()
  let t = performance.now()
  await env.load()
  const loadMs = performance.now() - t
  const first: BenchResult['first'] = []
  for (const f of files) {
    t = performance.now()
    const doc = await readPdf(new Uint8Array(f.bytes), env)
    const report = parseReport(doc.text, { sourceFormat: 'pdf' })
    first.push({ name: f.name, pages: doc.pages ?? 0, values: report.observations.length, checks: [...doc.checks, ...report.checks].map(c => c.id), ms: performance.now() - t })
  }
  const extract = { pages: 0, ms: 0 }
  const endToEnd = { pages: 0, ms: 0 }
  for (let r = 0; r < rounds; r++) {
    for (const f of files) {
      t = performance.now()
      const pages = await extractPdfPages(new Uint8Array(f.bytes), env)
      extract.ms += performance.now() - t
      extract.pages += typeof pages === 'string' ? 0 : pages.length
      t = performance.now()
      const doc = await readPdf(new Uint8Array(f.bytes), env)
      parseReport(doc.text, { sourceFormat: 'pdf' })
      endToEnd.ms += performance.now() - t
      endToEnd.pages += doc.pages ?? 0
    }
  }
  return { loadMs, first, extract, endToEnd }
}

scope.onmessage = (event) => {
  run(event.data).then(result => scope.postMessage(result), (error: unknown) => scope.postMessage({ loadMs: 0, first: [], extract: { pages: 0, ms: 0 }, endToEnd: { pages: 0, ms: 0 }, error: String(error) }))
}
