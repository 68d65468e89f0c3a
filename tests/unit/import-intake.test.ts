import { describe, expect, it } from 'vitest'
import { intakeBytes } from '../../src/import/intake'
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from '../../src/import/limits'
import { processFile } from '../../src/import/process-file'
import { fixture, utf8 } from './import-fixtures'

describe('file intake', () => {
  it('refuses a PNG renamed .csv, naming it an image', () => {
    const result = intakeBytes('data.csv', fixture('image.csv'))
    expect(result).toEqual({
      ok: false,
      issue: {
        code: 'binary',
        params: { format: 'png' },
      },
    })
  })

  it('refuses an empty file and a file of blank lines', () => {
    expect(intakeBytes('empty.csv', fixture('empty.csv'))).toMatchObject({
      ok: false,
      issue: { code: 'empty' },
    })
    expect(intakeBytes('blank.txt', fixture('blank.txt'))).toMatchObject({
      ok: false,
      issue: { code: 'empty' },
    })
  })

  it('refuses a file over the size limit and states the limit', () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41)
    const result = intakeBytes('big.csv', big)
    expect(result).toMatchObject({
      ok: false,
      issue: {
        code: 'too-large',
        params: { limit: MAX_IMPORT_MB },
      },
    })
    expect(MAX_IMPORT_MB).toBe(20)
  })

  it('accepts a file of exactly the limit', () => {
    const text = `report_id,region\n${'x'.repeat(MAX_IMPORT_BYTES - 18)}`
    expect(intakeBytes('edge.csv', utf8(text))).toMatchObject({ ok: true, kind: 'csv' })
  })

  it('decodes a GBK CSV from Chinese Excel', () => {
    const result = intakeBytes('excel.csv', fixture('tidy-gbk.csv'))
    expect(result).toMatchObject({
      ok: true,
      kind: 'csv',
      encoding: 'gb18030',
      bom: false,
    })
    expect(result.ok && result.text).toContain('盐池县审批服务管理局')
  })

  it('decodes a GBK report text and reads UTF-8 with and without BOM', () => {
    const gbk = intakeBytes('report.txt', fixture('report-yanchi-2024-gbk.txt'))
    const plain = intakeBytes('report.txt', fixture('report-yanchi-2024.txt'))
    expect(gbk).toMatchObject({ ok: true, kind: 'report', encoding: 'gb18030' })
    expect(plain).toMatchObject({
      ok: true,
      kind: 'report',
      encoding: 'utf-8',
      bom: false,
    })
    expect(gbk.ok && plain.ok && gbk.text === plain.text).toBe(true)
    expect(intakeBytes('bom.csv', fixture('tidy-small.csv'))).toMatchObject({ ok: true, encoding: 'utf-8', bom: true })
  })

  it('refuses Big5 text rather than showing mojibake', () => {
    expect(intakeBytes('big5.txt', fixture('big5.txt'))).toMatchObject({
      ok: false,
      issue: { code: 'undecodable' },
    })
  })

  it('refuses an unknown extension, listing what can be imported', () => {
    const result = intakeBytes('notes.docx.bak', utf8('some text'))
    expect(result).toMatchObject({
      ok: false,
      issue: {
        code: 'unsupported-type',
        params: { ext: '.bak' },
      },
    })
    expect(!result.ok && String(result.issue.params.accepted)).toContain('.csv')
  })

  it('treats a tidy CSV saved as .txt as CSV', () => {
    expect(intakeBytes('export.txt', fixture('tidy-small.csv'))).toMatchObject({ ok: true, kind: 'csv' })
  })

  it('sends report texts to the parser and keeps the text verbatim', () => {
    const result = processFile('report-script.txt', fixture('report-script.txt'))
    expect(result.kind).toBe('report')
    if (result.kind === 'report') {
      expect(result.report.file).toBe('report-script.txt')
      expect(result.report.text).toContain('<script>window.xssRan = "script"</script>')
    }
  })
})
