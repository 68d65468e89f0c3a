import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { intakeBytes } from '../../src/import/intake'
import { decodeBytes } from '../../src/readers/decode'

/** UTF-16 bytes of a string, without a byte-order mark. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(text.length * 2)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    bytes[2 * i + (order === 'le' ? 0 : 1)] = c & 0xFF
    bytes[2 * i + (order === 'le' ? 1 : 0)] = c >> 8
  }
  return bytes
}

const REPORT = readFileSync('data/raw/000_fdc207908cae9d93.txt', 'utf8')

describe('UTF-16 without a byte-order mark (issue 14 item 5)', () => {
  it('reads a report saved as UTF-16LE or UTF-16BE without BOM', () => {
    expect(decodeBytes(utf16(REPORT, 'le'))).toEqual({ ok: true, text: REPORT, encoding: 'utf-16le', bom: false })
    expect(decodeBytes(utf16(REPORT, 'be'))).toEqual({ ok: true, text: REPORT, encoding: 'utf-16be', bom: false })
  })

  it('imports a tidy CSV saved as UTF-16LE without BOM', () => {
    const csv = 'report_id,region,prefecture,agency,agency_kind,year,format,indicator,value,unit,approx,source,evidence\r\nr1,盐池县,吴忠市,盐池县人民政府,county-government,2023,2021,hall.cases,5,件,false,text,x\r\n'
    expect(intakeBytes('data.csv', utf16(csv, 'le'))).toMatchObject({ ok: true, kind: 'csv', text: csv, encoding: 'utf-16le' })
  })

  it('still refuses binary data that holds zero bytes', () => {
    let seed = 7
    const bytes = new Uint8Array(4096).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
      return seed % 5 === 0 ? 0 : seed & 0xFF
    })
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, reason: 'binary' })
  })
})
