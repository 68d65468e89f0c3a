/**
 * 1,000 seeded mutations of the bundled reports — lines dropped, duplicated
 * and shuffled, cells deleted, garbage inserted, truncation, empty input,
 * random bytes. The parser must return a valid Report with checks, never
 * throw (nor fall back on its internal catch), and never output a number that
 * does not occur in its input: every evidence line is input text, and every
 * value is made of the numbers in its evidence.
 *
 * The same for PDFs: 1,000 seeded mutations of extracted PDF pages (text
 * items dropped, duplicated, shifted, split; ruling lines dropped or added;
 * page breaks inside tables; empty pages — tests/unit/pdf-mutations.ts). The
 * layout must never throw, and the parser's output must keep the provenance
 * property against the text the layout gives.
 *
 * The same for web pages (and .docx, read as HTML): 1,000 seeded mutations
 * of the page fixtures' markup (tests/unit/html-mutations.ts). The web-page
 * reader must never throw, and the provenance property holds against the
 * text it extracts.
 */
import type { Report } from '../../src/schema/report'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PdfPage } from '../../src/readers/pdf/types'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseReport } from '../../src/parser/index'
import { displayLine, foldLine } from '../../src/parser/normalize'
import { findNumbers, parseNumericCell } from '../../src/parser/numbers'
import { evidenceRow } from '../../src/parser/table-types'
import { ReportSchema } from '../../src/schema/report'
import { mulberry32 as prng } from '../../scripts/lib/synthetic-random'
import { nodePdfEnv } from '../../scripts/lib/reader-env'
import { layoutDocument } from '../../src/readers/pdf/layout-document'
import { extractPdfPages } from '../../src/readers/pdf/read-pdf'
import { mutatePages } from './pdf-mutations'
import { DOMParser } from 'linkedom'
import { asDocument, documentText } from '../../src/readers/html'
import { decodeHtmlBytes } from '../../src/readers/html-charset'
import { mutateHtml } from './html-mutations'
import { readBytes } from './readers-helpers'

const RAW = join(import.meta.dirname, '../../data/raw')
const REPORTS = readdirSync(RAW).filter(f => f.endsWith('.txt')).map(f => readFileSync(join(RAW, f), 'utf8'))
const MUTATIONS = 1000
/** A thousand mutations take 10–40 s on a busy shared machine: more than the default 30 s test timeout. */
const MUTATION_TIMEOUT = 300_000
// Seeded (mulberry32), so a failure can be replayed by its seed.

const GARBAGE = ['\t\t\t', '0\t0\t0', '总计\t5\t7', '行政许可\t99999', '12345热线受理诉求 77 件', '(七) 总计', '|||', '第二十条第（五）项', '\u0000\u0007', '𠀀😀', '一、总体情况', '三、收到和处理政府信息公开申请情况', '约', '万余', '1,2,3,4,5,6,7']

type Mutation = (lines: string[], r: () => number) => string[]
const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)]!
const MUTATORS: Record<string, Mutation> = {
  dropLines: (ls, r) => ls.filter(() => r() > 0.1),
  duplicateLines: (ls, r) => ls.flatMap(l => (r() < 0.08 ? [l, l] : [l])),
  shuffleWindow: (ls, r) => {
    const out = [...ls]
    const start = Math.floor(r() * out.length)
    const end = Math.min(out.length, start + 2 + Math.floor(r() * 12))
    for (let i = end - 1; i > start; i--) {
      const j = start + Math.floor(r() * (i - start + 1))
      ;[out[i], out[j]] = [out[j]!, out[i]!]
    }
    return out
  },
  deleteCells: (ls, r) => ls.map(l => (l.includes('\t') && r() < 0.3 ? l.split('\t').filter(() => r() > 0.2).join('\t') : l)),
  insertGarbage: (ls, r) => ls.flatMap(l => (r() < 0.05 ? [pick(GARBAGE, r), l] : [l])),
  truncate: (ls, r) => {
    const text = ls.join('\n')
    return text.slice(0, Math.floor(r() * text.length)).split('\n')
  },
  cellsPerLine: ls => ls.flatMap(l => l.split('\t')),
  // A crawler's text: the whole report on one line, cell separators lost.
  runTogether: ls => [ls.map(l => l.replace(/\t+/g, '').trim()).join('')],
  empty: () => [],
  randomBytes: (_ls, r) => [Array.from({ length: 1 + Math.floor(r() * 3000) }, () => String.fromCharCode(Math.floor(r() * 0xFFFF))).join('')],
}

function mutate(seed: number): { text: string, kinds: string[] } {
  const r = prng(seed)
  let lines = pick(REPORTS, r).split('\n')
  const kinds: string[] = []
  const names = Object.keys(MUTATORS)
  const count = 1 + Math.floor(r() * 3)
  for (let i = 0; i < count; i++) {
    const kind = pick(names, r)
    kinds.push(kind)
    lines = MUTATORS[kind]!(lines, r)
  }
  return { text: lines.join('\n'), kinds }
}

/** Digits of a table row whose cell separators were lost: `640020470`, `20 0 00 0 121`. */
const DIGIT_RUN = /\d[\d ]*\d/g

/**
 * Every number in a piece of text, as the parser could read it (cells and
 * mentions, 万 scaled). In a row whose cells ran together (no ` | ` between
 * them) any stretch of its digits may be a cell: the parser reads such a row
 * only where the table's totals allow one split, and its values are made of
 * those digits.
 */
function numbersIn(text: string): number[] {
  const folded = foldLine(text)
  const out = findNumbers(folded).map(m => m.value)
  for (const cell of folded.split(/\s*\|\s*|\t|\n/)) {
    const v = parseNumericCell(cell)
    if (v !== null)
      out.push(v)
  }
  for (const line of folded.split('\n').filter(l => !l.includes('|'))) {
    for (const run of line.match(DIGIT_RUN) ?? []) {
      const digits = run.replace(/ /g, '')
      for (let i = 0; i < digits.length; i++) {
        for (let j = i + 1; j <= Math.min(digits.length, i + 12); j++) {
          if (digits[i] !== '0' || j === i + 1)
            out.push(Number(digits.slice(i, j)))
        }
      }
    }
  }
  return out
}

/** Whether `target` is a sum of some of `parts` (small integer subset sum, bounded). */
function isSubsetSum(target: number, parts: readonly number[]): boolean {
  if (parts.includes(target))
    return true
  const scaled = parts.map(p => Math.round(p * 100)).filter(p => p > 0)
  const goal = Math.round(target * 100)
  if (goal === 0)
    return parts.includes(0)
  let reachable = new Set<number>([0])
  for (const p of scaled) {
    const next = new Set(reachable)
    for (const s of reachable) {
      if (s + p <= goal)
        next.add(s + p)
    }
    reachable = next
    if (reachable.has(goal))
      return true
  }
  return false
}

function provenanceErrors(report: Report, input: string): string[] {
  const inputLines = new Set(input.split(/\r\n|\r|\n/).map(l => displayLine(l).trim()))
  const inputRows = new Set([...inputLines].map(evidenceRow))
  // Crawler text is cut into rows (reflow.ts): such a row is a piece of an input line.
  const inRunTogether = (row: string) => !row.includes(' | ') && [...inputLines].some(l => !l.includes('\t') && l.includes(row))
  const inputProse = input.split(/\r\n|\r|\n/).map(l => displayLine(l).trim()).join('')
  const errors: string[] = []
  const byId = new Map(report.observations.map(o => [o.indicator, o]))
  for (const o of report.observations) {
    // The one derived rate; other derived values are sums of stated figures, checked below like text.
    if (o.source === 'derived' && o.indicator === 'hotline.completion_rate') {
      const c = byId.get('hotline.completed')
      const r = byId.get('hotline.received')
      if (!c || !r || Math.abs(o.value - Math.round((c.value / r.value) * 10000) / 100) > 1e-9)
        errors.push(`${o.indicator}: derived ${o.value} does not follow from its counts`)
      continue
    }
    for (const line of o.evidence.split('\n')) {
      const found = o.source === 'table' ? inputRows.has(line) || inRunTogether(line) : inputProse.includes(line)
      if (!found)
        errors.push(`${o.indicator}: evidence is not in the input: ${line.slice(0, 80)}`)
    }
    if (!isSubsetSum(o.value, numbersIn(o.evidence)))
      errors.push(`${o.indicator}: ${o.value} is not made of the numbers in its evidence`)
  }
  return errors
}

describe('parser robustness', () => {
  it('passes the provenance check on the unmutated reports', () => {
    for (const text of REPORTS)
      expect(provenanceErrors(parseReport(text), text)).toEqual([])
  })

  it('the provenance check catches a number that is not in the input', () => {
    const report = parseReport(REPORTS[0]!)
    const forged = { ...report, observations: report.observations.map(o => (o.indicator === 'licensing.decisions' ? { ...o, value: 5148 } : o)) }
    expect(provenanceErrors(forged, REPORTS[0]!)).toHaveLength(1)
  })

  it(`survives ${MUTATIONS} seeded mutations`, () => {
    const failures: string[] = []
    for (let seed = 1; seed <= MUTATIONS; seed++) {
      const { text, kinds } = mutate(seed)
      let report: ReturnType<typeof parseReport>
      try {
        report = parseReport(text)
      }
      catch (error) {
        failures.push(`seed ${seed} (${kinds.join('+')}): threw ${String(error)}`)
        continue
      }
      const valid = ReportSchema.safeParse(report)
      if (!valid.success)
        failures.push(`seed ${seed} (${kinds.join('+')}): invalid Report ${valid.error.message.slice(0, 200)}`)
      if (report.checks.some(c => c.id === 'parser.internal'))
        failures.push(`seed ${seed} (${kinds.join('+')}): ${report.checks.find(c => c.id === 'parser.internal')!.message}`)
      for (const e of provenanceErrors(report, text))
        failures.push(`seed ${seed} (${kinds.join('+')}): ${e}`)
    }
    expect(failures.slice(0, 20)).toEqual([])
  }, MUTATION_TIMEOUT)
})

/** The PDFs whose pages are mutated: the committed fixture, and the corpus where it is present. */
const PDF_FILES = [
  join(import.meta.dirname, '../fixtures/pdf/report.pdf'),
  ...['hongze-2023', 'hongze-2024', 'huaian-2024'].map(n => join(process.env.CORPUS_DIR ?? '/work/shared/corpus', `pdf/${n}.pdf`)),
]

describe('PDF layout robustness', () => {
  const bases: PdfPage[][] = []
  beforeAll(async () => {
    for (const file of PDF_FILES) {
      let bytes: Uint8Array
      try {
        bytes = new Uint8Array(readFileSync(file))
      }
      catch {
        continue
      }
      const pages = await extractPdfPages(bytes, nodePdfEnv())
      if (typeof pages !== 'string')
        bases.push(pages)
    }
  }, 120_000)

  it('passes the provenance check on the unmutated PDFs', () => {
    expect(bases.length).toBeGreaterThan(0)
    for (const pages of bases) {
      const { text } = layoutDocument(pages)
      const report = parseReport(text)
      expect(report.observations.length).toBeGreaterThan(20)
      expect(provenanceErrors(report, text)).toEqual([])
    }
  })

  it(`survives ${MUTATIONS} seeded mutations of the pages' items and ruling lines`, () => {
    const failures: string[] = []
    for (let seed = 1; seed <= MUTATIONS; seed++) {
      const { pages, kinds } = mutatePages(bases, prng(seed))
      let text: string
      let report: ReturnType<typeof parseReport>
      try {
        text = layoutDocument(pages).text
        report = parseReport(text)
      }
      catch (error) {
        failures.push(`seed ${seed} (${kinds.join('+')}): threw ${String(error)}`)
        continue
      }
      if (!ReportSchema.safeParse(report).success)
        failures.push(`seed ${seed} (${kinds.join('+')}): invalid Report`)
      if (report.checks.some(c => c.id === 'parser.internal'))
        failures.push(`seed ${seed} (${kinds.join('+')}): ${report.checks.find(c => c.id === 'parser.internal')!.message}`)
      for (const e of provenanceErrors(report, text))
        failures.push(`seed ${seed} (${kinds.join('+')}): ${e}`)
    }
    expect(failures.slice(0, 20)).toEqual([])
  }, MUTATION_TIMEOUT)
})

/** The web-page fixtures (decoded) and the .docx fixture as mammoth renders it. */
const FIXTURES = join(import.meta.dirname, '../fixtures')

/** The web-page reader on an HTML string, synchronously (linkedom, as in Node). */
function readHtmlSync(html: string): string {
  return documentText(new DOMParser().parseFromString(asDocument(html), 'text/html') as unknown as Document)
}

describe('web-page reader robustness', () => {
  const bases: string[] = []
  beforeAll(async () => {
    for (const f of ['html/longde-2022.html', 'html/xiji-2023-gbk.html']) {
      const decoded = decodeHtmlBytes(new Uint8Array(readFileSync(join(FIXTURES, f))))
      if (decoded.ok)
        bases.push(decoded.text)
    }
    const mammoth = await import('mammoth')
    bases.push((await mammoth.default.convertToHtml({ buffer: readFileSync(join(FIXTURES, 'docx/pengyang-2023.docx')) })).value)
  }, 60_000)

  it('passes the provenance check on the unmutated pages', () => {
    expect(bases).toHaveLength(3)
    for (const html of bases) {
      const text = readHtmlSync(html)
      const report = parseReport(text)
      expect(report.observations.length).toBeGreaterThan(20)
      expect(provenanceErrors(report, text)).toEqual([])
    }
  })

  it(`survives ${MUTATIONS} seeded mutations of the markup`, () => {
    const failures: string[] = []
    for (let seed = 1; seed <= MUTATIONS; seed++) {
      const { html, kinds } = mutateHtml(bases, prng(seed))
      let text: string
      let report: ReturnType<typeof parseReport>
      try {
        text = readHtmlSync(html)
        report = parseReport(text, { sourceFormat: 'html' })
      }
      catch (error) {
        failures.push(`seed ${seed} (${kinds.join('+')}): threw ${String(error)}`)
        continue
      }
      if (!ReportSchema.safeParse(report).success)
        failures.push(`seed ${seed} (${kinds.join('+')}): invalid Report`)
      if (report.checks.some(c => c.id === 'parser.internal'))
        failures.push(`seed ${seed} (${kinds.join('+')}): ${report.checks.find(c => c.id === 'parser.internal')!.message}`)
      for (const e of provenanceErrors(report, text))
        failures.push(`seed ${seed} (${kinds.join('+')}): ${e}`)
    }
    expect(failures.slice(0, 20)).toEqual([])
  }, MUTATION_TIMEOUT)

  it('the whole reader (bytes, charset, DOM) on mutated pages never fails with a reader error', async () => {
    const failures: string[] = []
    for (let seed = 1; seed <= 100; seed++) {
      const { html, kinds } = mutateHtml(bases, prng(seed * 7919))
      // An empty file is refused by the decoder, rightly; anything else must be read.
      if (html === '')
        continue
      const doc = await readBytes('page.html', new TextEncoder().encode(html))
      const bad = doc.checks.filter(c => c.id === 'input.unreadable')
      if (bad.length > 0)
        failures.push(`seed ${seed * 7919} (${kinds.join('+')}): ${bad[0]!.message}`)
    }
    expect(failures.slice(0, 10)).toEqual([])
  }, 120_000)
})
