import type { FileProgress } from '../../src/import/progress'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderCheck } from '../../src/catalog/checks'
import { applyCorrection } from '../../src/import/corrections'
import { readImportFile } from '../../src/import/read-file'
import { readDocument } from '../../src/readers'
import { nodeReaderEnv } from '../../scripts/lib/reader-env'
import { fixture } from './import-fixtures'

/**
 * The browser import's path for published files, run in Node with the CLI's
 * reader environment (linkedom, pdf.js's legacy build): what a PDF, a GBK
 * web page and a .docx give, what a scan gives (a refusal), and the PDF
 * page progress the panel's bars show.
 */

const FIXTURES = join(import.meta.dirname, '../fixtures')
const bytesOf = (path: string) => new Uint8Array(readFileSync(join(FIXTURES, path)))
const env = nodeReaderEnv()

// Reading PDFs and .docx takes seconds each on a loaded machine (4.7 s measured for the PDF alone): more than the default 5 s.
describe('importing published files', { timeout: 60_000 }, () => {
  it('reads a PDF page by page, telling the pages as it goes, into the report the CLI gives', async () => {
    const progress: FileProgress[] = []
    const result = await readImportFile('report.pdf', bytesOf('pdf/report.pdf'), env, { onProgress: p => progress.push(p) })
    expect(result).toMatchObject({ kind: 'report', format: 'pdf', pages: 3, encoding: null })
    expect(progress).toEqual([0, 1, 2, 3].map(done => ({ unit: 'pages', done, total: 3 })))
    if (result.kind !== 'report')
      return
    expect(result.report).toMatchObject({ region: '隆德县', year: 2023, agency: '隆德县人民政府', sourceFormat: 'pdf', file: 'report.pdf' })
    expect(result.report.observations).toHaveLength(26)
    // Every evidence string is text of the report as shown.
    for (const o of result.report.observations)
      expect(result.report.text).toContain(o.evidence.split(' | ')[0])
  })

  it('reads a GBK web page, naming its encoding, and a .docx', async () => {
    const page = await readImportFile('xiji-2023-gbk.html', bytesOf('html/xiji-2023-gbk.html'), env)
    expect(page).toMatchObject({ kind: 'report', format: 'html', pages: null, encoding: 'gb18030' })
    expect(page.kind === 'report' && page.report).toMatchObject({ region: '西吉县', year: 2023, published: '2024-01-25', sourceFormat: 'html' })
    const docx = await readImportFile('pengyang-2023.docx', bytesOf('docx/pengyang-2023.docx'), env)
    expect(docx).toMatchObject({ kind: 'report', format: 'docx', encoding: null })
    expect(docx.kind === 'report' && docx.report).toMatchObject({ region: '彭阳县', agencyKind: 'service-center', sourceFormat: 'docx' })
    expect(docx.kind === 'report' && docx.report.observations.length).toBeGreaterThan(20)
  })

  it('refuses a scanned PDF with input.no_text_layer and no numbers', async () => {
    const result = await readImportFile('scanned.pdf', bytesOf('pdf/scanned.pdf'), env)
    expect(result).toMatchObject({ kind: 'refused', format: 'pdf', pages: 2, issues: [] })
    if (result.kind !== 'refused')
      return
    expect(result.checks!.map(c => c.id)).toEqual(['input.no_text_layer'])
    expect(renderCheck(result.checks![0]!, 'zh')).toContain('没有文字层')
  })

  it('still takes report texts and tidy CSV as before, and refuses an image by what it is', async () => {
    expect(await readImportFile('report-yanchi-2024.txt', fixture('report-yanchi-2024.txt'), env)).toMatchObject({ kind: 'report', format: 'text', encoding: 'utf-8' })
    expect(await readImportFile('tidy-small.csv', fixture('tidy-small.csv'), env)).toMatchObject({ kind: 'csv', format: null })
    expect(await readImportFile('photo.csv', fixture('image.csv'), env)).toMatchObject({ kind: 'refused', issues: [{ code: 'binary', params: { format: 'png' } }] })
    // A zip that is not a .docx (an .xlsx) is a binary the import names.
    const xlsx = new Uint8Array([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4])
    expect(await readImportFile('sheet.xlsx', xlsx, env)).toMatchObject({ kind: 'refused', issues: [{ code: 'binary', params: { format: 'zip' } }] })
  })

  it('a corrected PDF report keeps its values and says what was corrected', async () => {
    const result = await readImportFile('report.pdf', bytesOf('pdf/report.pdf'), env)
    if (result.kind !== 'report')
      throw new Error('not read')
    const corrected = applyCorrection(result.report, { year: 2022 })
    expect(corrected.year).toBe(2022)
    expect(corrected.observations).toEqual(result.report.observations)
    expect(corrected.checks.at(-1)).toMatchObject({ id: 'import.corrected', variant: 'year', params: { old: 2023, new: 2022 } })
  })
})

describe('the PDF page cap', { timeout: 60_000 }, () => {
  it('refuses a PDF over the cap before reading a page', async () => {
    const pages: number[] = []
    const doc = await readDocument('report.pdf', bytesOf('pdf/report.pdf'), env, { maxPages: 2, onPage: done => pages.push(done) })
    expect(doc).toMatchObject({ text: '', pages: 3 })
    expect(doc.checks.map(c => [c.id, c.severity, c.params])).toEqual([['input.too_many_pages', 'error', { pages: 3, limit: 2 }]])
    expect(pages).toEqual([])
  })
})
