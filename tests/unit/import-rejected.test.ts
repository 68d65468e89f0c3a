import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { processFile } from '../../src/import/process-file'
import { rejectedRowsCsv } from '../../src/import/rejected-csv'
import { fixture, utf8 } from './import-fixtures'

const LABELS = { line: '行号', column: '列', reason: '原因' }

function rejectedOf(name: string, bytes: Uint8Array) {
  const result = processFile(name, bytes)
  if (result.kind !== 'csv')
    throw new Error('not a csv')
  return result.csv
}

describe('rejected rows download', () => {
  it('lists each rejected row with its line, column, reason and original cells', () => {
    const data = rejectedOf('bad.csv', fixture('tidy-100-3-bad.csv'))
    const text = rejectedRowsCsv(data.header, data.rejected, p => `${p.code}:${p.value}`, LABELS)
    expect(text.startsWith('\uFEFF')).toBe(true)
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data
    expect(rows[0]).toEqual(['行号', '列', '原因', ...data.header])
    expect(rows.slice(1).map(r => r.slice(0, 3))).toEqual([
      ['12', 'value', 'not-a-number:12件'],
      ['42', 'indicator', 'unknown-indicator:hotline.calls'],
      ['72', 'indicator', 'duplicate:regulations.issued'],
    ])
    expect(rows[1]!.slice(3)).toEqual(data.rejected[0]!.cells)
  })

  it('neutralises formula cells in the download, and the import restores them', () => {
    const header = 'report_id,region,prefecture,agency,agency_kind,year,format,indicator,value,unit,approx,source,evidence'
    const data = rejectedOf('f.csv', utf8(`${header}\r\nr1,,,,,,,bogus.id,1,件,false,text,=HYPERLINK("http://x")`))
    const text = rejectedRowsCsv(data.header, data.rejected, p => p.code, LABELS)
    expect(text).toContain('\'=HYPERLINK')
    // Fixing the row and importing the download again (after deleting the three added columns) gives the original cell back.
    const fixed = text.replace('bogus.id', 'hall.cases').split('\r\n').map(line => line.split(',').slice(3).join(',')).join('\r\n')
    const again = rejectedOf('fixed.csv', utf8(fixed))
    expect(again.rejected).toEqual([])
    expect(again.reports[0]!.observations[0]!.evidence).toBe('=HYPERLINK("http://x")')
  })
})
