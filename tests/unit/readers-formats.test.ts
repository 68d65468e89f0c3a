import { describe, expect, it } from 'vitest'
import { ACCEPTED_EXTENSIONS } from '../../src/import/limits'
import { processDocument } from '../../src/import/process-document'
import { sniffFormat } from '../../src/readers'
import { EXTENSIONS, formatByName } from '../../src/readers/formats'
import { MAX_DOCUMENT_BYTES, MAX_INPUT_BYTES, sizeLimitOf } from '../../src/readers/limits'

/** One list of the formats' extensions behind the picker, the sniffing, the caps and `npm run parse`. */

describe('file formats by name', () => {
  it('the import\'s picker suggests every extension a reader takes, and tidy CSV', () => {
    const readers = Object.values(EXTENSIONS).flat().map(e => `.${e}`)
    expect(ACCEPTED_EXTENSIONS.split(',').sort()).toEqual([...readers, '.csv'].sort())
  })

  it('a page saved as .shtml (as many government sites serve reports) is a web page, under the text cap', () => {
    const bytes = new TextEncoder().encode('一、总体情况')
    expect(formatByName('年报.SHTML')).toBe('html')
    expect(sniffFormat('年报.shtml', bytes)).toBe('html')
    expect(sizeLimitOf('年报.shtml')).toBe(MAX_INPUT_BYTES)
  })

  it('PDF and .docx get the documents\' cap whatever the case of their name; other names the text cap', () => {
    expect(sizeLimitOf('a.PDF')).toBe(MAX_DOCUMENT_BYTES)
    expect(sizeLimitOf('a.docx')).toBe(MAX_DOCUMENT_BYTES)
    expect(sizeLimitOf('a.txt')).toBe(MAX_INPUT_BYTES)
    expect(sizeLimitOf('a.xlsx')).toBe(MAX_INPUT_BYTES)
    expect(formatByName('a.xlsx')).toBeNull()
  })

  it('a web page named .pdf gets the text cap of what it is, not the PDF cap of its name', async () => {
    const result = await processDocument('page.pdf', new Uint8Array(MAX_INPUT_BYTES + 1), 'html', {})
    expect(result).toMatchObject({ kind: 'refused', issues: [{ code: 'too-large', params: { limit: 20 } }] })
  })
})
