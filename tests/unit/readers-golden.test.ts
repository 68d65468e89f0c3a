/**
 * Golden files for the web-page and .docx fixtures (tests/fixtures/html,
 * tests/fixtures/docx): every catalog value and the metadata each fixture
 * states, written from the fixture's own text (tests/fixtures/golden-readers).
 * Each file is read as the CLI reads it (readDocument → parseReport) and must
 * give exactly these — the right value, unit, ≈ and source — and nothing
 * else. Provenance: every evidence string occurs in the text the reader
 * extracted (a table row as a row of that text, a sentence inside it).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readReportFile } from '../../scripts/lib/read-report'
import { displayLine } from '../../src/parser/normalize'
import { evidenceRow } from '../../src/parser/table-types'
import { readBytes } from './readers-helpers'

const FIXTURES = join(import.meta.dirname, '../fixtures')
const GOLDEN_DIR = join(FIXTURES, 'golden-readers')

interface Golden {
  file: string
  meta: Record<string, unknown>
  values: Record<string, { value: number, unit: string, approx: boolean, source: string }>
  /** Check ids the report must raise (info ones included); any other warning or error fails. */
  checks: string[]
}

const goldens = readdirSync(GOLDEN_DIR).filter(f => f.endsWith('.json') && !f.endsWith('-changed.json')).sort()

describe('web-page and .docx fixtures against their golden files', () => {
  it('has a golden file for every page and .docx fixture', () => {
    const fixtures = ['html', 'docx'].flatMap(dir => readdirSync(join(FIXTURES, dir)).filter(f => /\.(?:html?|docx)$/.test(f)).map(f => `${dir}/${f}`))
    const covered = goldens.map(g => (JSON.parse(readFileSync(join(GOLDEN_DIR, g), 'utf8')) as Golden).file)
    expect(covered.sort()).toEqual(fixtures.sort())
  })

  for (const name of goldens) {
    const golden = JSON.parse(readFileSync(join(GOLDEN_DIR, name), 'utf8')) as Golden
    it(`${golden.file}: ${String(golden.meta.agency)} ${String(golden.meta.year)}`, async () => {
      const report = await readReportFile(join(FIXTURES, golden.file))
      const actual = {
        meta: Object.fromEntries(Object.keys(golden.meta).map(k => [k, report[k as keyof typeof report]])),
        values: Object.fromEntries(report.observations.map(o => [o.indicator, { value: o.value, unit: o.unit, approx: o.approx, source: o.source }])),
        checks: [...new Set(report.checks.filter(c => c.severity !== 'info' || golden.checks.includes(c.id)).map(c => c.id))].sort(),
      }
      try {
        expect(actual).toEqual({ meta: golden.meta, values: golden.values, checks: [...golden.checks].sort() })
      }
      catch (error) {
        if (!process.env.CI)
          writeFileSync(join(GOLDEN_DIR, name.replace(/\.json$/, '-changed.json')), `${JSON.stringify({ file: golden.file, ...actual }, null, 2)}\n`)
        throw error
      }
    })

    it(`${golden.file}: every evidence string occurs in the extracted text`, async () => {
      const [report, doc] = await Promise.all([
        readReportFile(join(FIXTURES, golden.file)),
        readBytes(golden.file, new Uint8Array(readFileSync(join(FIXTURES, golden.file)))),
      ])
      const lines = doc.text.split('\n').map(l => displayLine(l).trim())
      const rows = new Set(lines.map(evidenceRow))
      const prose = lines.join('')
      const missing = report.observations.filter(o => o.source !== 'derived').flatMap(o =>
        o.evidence.split('\n').filter(e => !(o.source === 'table' ? rows.has(e) : prose.includes(e))).map(e => `${o.indicator}: ${e}`))
      expect(missing).toEqual([])
      expect(report.observations.length).toBeGreaterThan(20)
    })
  }
})
