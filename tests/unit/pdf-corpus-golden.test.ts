/**
 * Golden files for the development corpus's published PDFs (../shared/corpus,
 * not copied into the repo): every catalog value and the metadata of each
 * report, read by eye from the rendered pages (tests/fixtures/golden-corpus/).
 * Each PDF is read as the CLI reads it (pdf.js, layout, parser) and must give
 * exactly these values — the right value, unit, ≈ and source — and nothing
 * else.
 *
 * known-gaps.json lists what the parser does not get right yet, each with
 * its reason; a gap still has to be a gap (when a fix makes it match, the
 * test asks for its entry to be removed), and everything else must match.
 *
 * The corpus is found through $CORPUS_DIR, else ../shared/corpus beside the
 * repository, else /work/shared/corpus; without it the tests are skipped and
 * say where they looked.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readReportFile } from '../../scripts/lib/read-report'

const ROOT = join(import.meta.dirname, '../..')
const GOLDEN_DIR = join(ROOT, 'tests/fixtures/golden-corpus')
const CANDIDATES = [process.env.CORPUS_DIR, join(ROOT, '../shared/corpus'), '/work/shared/corpus'].filter((d): d is string => !!d)
const CORPUS = CANDIDATES.find(d => existsSync(join(d, 'pdf')))

interface Golden {
  file: string
  meta: Record<string, unknown>
  values: Record<string, { value: number, unit: string, approx: boolean, source: string }>
  checks: string[]
}

/** `meta.<field>`, `values.<indicator>` or `checks.<id>` → why the parser does not give it yet. */
type Gaps = Record<string, Record<string, string>>

const goldens = readdirSync(GOLDEN_DIR).filter(f => f.endsWith('.json') && f !== 'known-gaps.json' && !f.endsWith('-changed.json')).sort()
const knownGaps = JSON.parse(readFileSync(join(GOLDEN_DIR, 'known-gaps.json'), 'utf8')) as Gaps

/** Titles are compared without whitespace: a title set on two lines may be joined with or without a space. */
const squash = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, '') : v)

function flatten(x: { meta: Record<string, unknown>, values: Record<string, unknown>, checks: string[] }): Map<string, unknown> {
  const out = new Map<string, unknown>()
  for (const [k, v] of Object.entries(x.meta))
    out.set(`meta.${k}`, k === 'title' ? squash(v) : v)
  for (const [k, v] of Object.entries(x.values))
    out.set(`values.${k}`, v)
  for (const id of x.checks)
    out.set(`checks.${id}`, true)
  return out
}

describe.skipIf(!CORPUS)('corpus PDFs against their golden files', () => {
  for (const name of goldens) {
    const golden = JSON.parse(readFileSync(join(GOLDEN_DIR, name), 'utf8')) as Golden
    const gaps = knownGaps[name.replace(/\.json$/, '')] ?? {}
    it(`${golden.file}: ${String(golden.meta.agency)} ${String(golden.meta.year)}`, async () => {
      const report = await readReportFile(join(CORPUS!, golden.file))
      const actual = {
        meta: Object.fromEntries(Object.keys(golden.meta).map(k => [k, report[k as keyof typeof report]])),
        values: Object.fromEntries(report.observations.map(o => [o.indicator, { value: o.value, unit: o.unit, approx: o.approx, source: o.source }])),
        checks: [...new Set(report.checks.filter(c => c.severity !== 'info' || golden.checks.includes(c.id)).map(c => c.id))].sort(),
      }
      const want = flatten({ ...golden, checks: [...golden.checks].sort() })
      const got = flatten(actual)
      const keys = [...new Set([...want.keys(), ...got.keys()])].sort()
      const same = (k: string) => JSON.stringify(want.get(k)) === JSON.stringify(got.get(k))
      const matched = keys.filter(k => k.startsWith('values.') && want.has(k) && same(k)).length
      console.info(`${golden.file}: ${matched} of ${Object.keys(golden.values).length} golden values exact; known gaps: ${Object.keys(gaps).length}`)

      const fixed = Object.keys(gaps).filter(same)
      expect(fixed, 'these known gaps now match: remove them from known-gaps.json').toEqual([])
      const differ = keys.filter(k => !(k in gaps) && !same(k))
      try {
        expect(Object.fromEntries(differ.map(k => [k, got.get(k) ?? null]))).toEqual(Object.fromEntries(differ.map(k => [k, want.get(k) ?? null])))
      }
      catch (error) {
        if (!process.env.CI)
          writeFileSync(join(GOLDEN_DIR, name.replace(/\.json$/, '-changed.json')), `${JSON.stringify({ file: golden.file, ...actual }, null, 2)}\n`)
        throw error
      }
    }, 60_000)
  }
})

if (!CORPUS) {
  describe('corpus PDFs', () => {
    it.skip(`skipped: no corpus at ${CANDIDATES.join(' or ')} (set CORPUS_DIR to the folder holding pdf/)`, () => {})
  })
}
