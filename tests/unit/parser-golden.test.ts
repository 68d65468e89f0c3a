/**
 * Golden files: every catalog value each bundled report states, read by eye
 * cell by cell (tests/fixtures/golden/*.json). The parser must extract
 * exactly these — the right value, unit, ≈ and source — and nothing else.
 * Each report is read as the CLI reads it (readReportFile), so the metadata
 * includes what the reader says (sourceFormat) and `published`, which every
 * golden file states (null where the report gives no date).
 * On a mismatch (outside CI) the actual result is written next to the golden
 * file as `<name>-changed.json` to diff.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readReportFile } from '../../scripts/lib/read-report'

const GOLDEN_DIR = join(import.meta.dirname, '../fixtures/golden')
const RAW_DIR = join(import.meta.dirname, '../../data/raw')

interface Golden {
  file: string
  meta: Record<string, unknown>
  values: Record<string, { value: number, unit: string, approx: boolean, source: string }>
  /** Check ids the report must raise; any other warning or error fails. */
  checks: string[]
}

const goldens = readdirSync(GOLDEN_DIR).filter(f => f.endsWith('.json') && !f.endsWith('-changed.json'))

describe('parser against the golden files', () => {
  it('has a golden file for every bundled report', () => {
    const raws = readdirSync(RAW_DIR).filter(f => f.endsWith('.txt')).map(f => f.replace(/\.txt$/, '.json'))
    expect(goldens.sort()).toEqual(raws.sort())
  })

  for (const name of goldens) {
    const golden = JSON.parse(readFileSync(join(GOLDEN_DIR, name), 'utf8')) as Golden
    it(`${golden.file}: ${String(golden.meta.agency)} ${String(golden.meta.year)}`, async () => {
      expect(Object.keys(golden.meta)).toEqual(expect.arrayContaining(['published', 'sourceFormat']))
      const report = await readReportFile(join(RAW_DIR, golden.file))
      const actual = {
        meta: Object.fromEntries(Object.keys(golden.meta).map(k => [k, report[k as keyof typeof report]])),
        values: Object.fromEntries(report.observations.map(o => [o.indicator, { value: o.value, unit: o.unit, approx: o.approx, source: o.source }])),
        checks: [...new Set(report.checks.filter(c => c.severity !== 'info' || golden.checks.includes(c.id)).map(c => c.id))].sort(),
      }
      const expected = { meta: golden.meta, values: golden.values, checks: [...golden.checks].sort() }
      try {
        expect(actual).toEqual(expected)
      }
      catch (error) {
        if (!process.env.CI)
          writeFileSync(join(GOLDEN_DIR, name.replace(/\.json$/, '-changed.json')), `${JSON.stringify({ file: golden.file, ...actual }, null, 2)}\n`)
        throw error
      }
    })
  }
})
