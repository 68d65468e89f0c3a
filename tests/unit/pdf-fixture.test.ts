/**
 * PDFs read end to end as the CLI reads them (pdf.js in Node, the layout,
 * the parser), on the committed fixtures (tests/fixtures/pdf/generate.ts):
 * a made-up report typeset with a non-embedded Chinese font (so it needs
 * the shipped CJK cMaps) and a scanned one with no text layer.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readReportFile } from '../../scripts/lib/read-report'
import { nodePdfEnv } from '../../scripts/lib/reader-env'
import { readDocument } from '../../src/readers'

const ROOT = join(import.meta.dirname, '../..')
const FIXTURES = join(ROOT, 'tests/fixtures/pdf')

/** The numbers tests/fixtures/pdf/report-content.ts puts in the report. */
const EXPECTED: Record<string, number> = {
  'regulations.issued': 0,
  'regulations.abolished': 0,
  'regulations.in_force': 0,
  'normative_docs.issued': 4,
  'normative_docs.abolished': 1,
  'normative_docs.in_force': 23,
  'licensing.decisions': 3862,
  'penalty.decisions': 215,
  'coercion.decisions': 12,
  'fees.amount': 86.5,
  'applications.new': 17,
  'applications.carried_in': 1,
  'applications.granted': 7,
  'applications.partially_granted': 3,
  'applications.denied': 2,
  'applications.unavailable': 4,
  'applications.not_processed': 1,
  'applications.other': 0,
  'applications.closed': 17,
  'applications.carried_out': 1,
  'review.total': 1,
  'review.corrected': 0,
  'litigation.total': 0,
  'litigation.corrected': 0,
  'disclosure.website_items': 2316,
  'policy.interpretations': 38,
}

describe('a PDF report with a text layer', () => {
  it('gives every value of its tables and sentences, its metadata, and no warnings', async () => {
    const report = await readReportFile(join(FIXTURES, 'report.pdf'))
    expect(Object.fromEntries(report.observations.map(o => [o.indicator, o.value]))).toEqual(EXPECTED)
    expect({ region: report.region, prefecture: report.prefecture, agency: report.agency, agencyKind: report.agencyKind, year: report.year, format: report.format, published: report.published, sourceFormat: report.sourceFormat })
      .toEqual({ region: '隆德县', prefecture: '固原市', agency: '隆德县人民政府', agencyKind: 'county-government', year: 2023, format: '2021', published: null, sourceFormat: 'pdf' })
    expect(report.checks.filter(c => c.severity !== 'info')).toEqual([])
  }, 60_000)

  it('evidence is text of the extracted document: a table row as its cells, a sentence as written', async () => {
    const report = await readReportFile(join(FIXTURES, 'report.pdf'))
    const byId = new Map(report.observations.map(o => [o.indicator, o]))
    expect(byId.get('applications.unavailable')!.evidence).toContain('（四）无法提供 | 1.本机关不掌握相关政府信息 | 2 | 1 | 0 | 0 | 0 | 0 | 3')
    expect(byId.get('disclosure.website_items')!.evidence).toBe('2023年，全县通过政府门户网站主动公开政府信息2316条，发布政策解读材料38篇，及时回应社会关切，方便群众查阅和使用政府信息，公开的广度和深度进一步拓展。')
  }, 60_000)
})

describe('a PDF without a text layer (a scan)', () => {
  it('is refused with input.no_text_layer and gives no numbers (CLI, exit status 0)', () => {
    const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/parse.ts'), '--json', join(FIXTURES, 'scanned.pdf')], { cwd: ROOT, encoding: 'utf8' })
    expect(result.status).toBe(0)
    const [report] = JSON.parse(result.stdout) as { observations: unknown[], checks: { id: string, severity: string }[], sourceFormat: string, year: number | null }[]
    expect(report!.observations).toEqual([])
    expect(report!.year).toBeNull()
    expect(report!.sourceFormat).toBe('pdf')
    expect(report!.checks.map(c => [c.id, c.severity])).toEqual([['input.no_text_layer', 'error']])
  }, 60_000)
})

describe('a file that is not a readable PDF', () => {
  it('a truncated PDF is an input.unreadable error, not a crash', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'report.pdf'))).slice(0, 600)
    const doc = await readDocument('broken.pdf', bytes, { pdf: nodePdfEnv() })
    expect(doc.text).toBe('')
    expect(doc.checks.map(c => [c.id, c.severity])).toEqual([['input.unreadable', 'error']])
  })

  it('without pdf.js in the environment, a PDF is refused as unsupported', async () => {
    const doc = await readDocument('report.pdf', new Uint8Array(readFileSync(join(FIXTURES, 'report.pdf'))), {})
    expect(doc.checks.map(c => c.id)).toEqual(['input.unsupported'])
  })
})
