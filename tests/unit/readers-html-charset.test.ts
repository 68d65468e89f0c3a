/** Web pages in the encodings they are published in (spec §6: charset from the page's <meta>). */
import { describe, expect, it } from 'vitest'
import { declaredCharset, decodeHtmlBytes } from '../../src/readers/html-charset'
import { readBytes } from './readers-helpers'

/** 西吉县年度报告 in GBK. */
const GBK_WORDS = [0xCE, 0xF7, 0xBC, 0xAA, 0xCF, 0xD8, 0xC4, 0xEA, 0xB6, 0xC8, 0xB1, 0xA8, 0xB8, 0xE6]
const ascii = (s: string) => [...s].map(c => c.charCodeAt(0))
const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap(p => (typeof p === 'string' ? ascii(p) : p)))

describe('web page charset', () => {
  it.each([
    ['<meta charset="gbk">', 'gb18030'],
    ['<meta charset=GB2312>', 'gb18030'],
    ['<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">', 'gb18030'],
    ['<meta http-equiv="content-type" content="text/html;charset=GB18030" />', 'gb18030'],
    ['<meta charset="utf-8">', 'utf-8'],
    ['<?xml version="1.0" encoding="gbk"?><html>', 'gb18030'],
    ['<meta charset="big5">', 'big5'],
    ['<html><head><title>x</title>', null],
    ['<meta charset="no-such-charset">', null],
  ])('%s → %s', (head, expected) => {
    expect(declaredCharset(bytes(head))).toBe(expected)
  })

  it('a GB2312 page is decoded as GB18030 (its superset)', () => {
    const r = decodeHtmlBytes(bytes('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>', GBK_WORDS, '</p></body></html>'))
    expect(r.ok && r.text).toContain('<p>西吉县年度报告</p>')
    expect(r.ok && r.charset).toEqual({ label: 'gb18030', source: 'meta' })
  })

  it('a GBK page without a declaration is detected (the project\'s decode.ts)', () => {
    const r = decodeHtmlBytes(bytes('<html><body><p>', GBK_WORDS, '</p></body></html>'))
    expect(r.ok && r.text).toContain('西吉县年度报告')
    expect(r.ok && r.charset.source).toBe('detected')
  })

  it('a page re-saved as UTF-8 that still declares gb2312 is read as UTF-8', () => {
    const utf8 = new TextEncoder().encode('<meta charset="gb2312"><p>西吉县年度报告</p>')
    const r = decodeHtmlBytes(utf8)
    expect(r.ok && r.text).toContain('西吉县年度报告')
    expect(r.ok && r.charset).toEqual({ label: 'utf-8', source: 'detected' })
  })

  it('a byte-order mark wins over the declaration', () => {
    const r = decodeHtmlBytes(new Uint8Array([0xEF, 0xBB, 0xBF, ...new TextEncoder().encode('<meta charset="gbk"><p>年度报告</p>')]))
    expect(r.ok && r.text).toBe('<meta charset="gbk"><p>年度报告</p>')
  })

  it('a page that declares UTF-8 but is GBK falls back to detection', () => {
    const r = decodeHtmlBytes(bytes('<meta charset="utf-8"><p>', GBK_WORDS, '</p>'))
    expect(r.ok && r.text).toContain('西吉县年度报告')
  })

  it('the whole reader: a GBK page becomes UTF-16 text with its words intact', async () => {
    const doc = await readBytes('report.htm', bytes('<html><head><meta charset="gbk"></head><body><h1>', GBK_WORDS, '</h1></body></html>'))
    expect(doc.sourceFormat).toBe('html')
    expect(doc.text).toBe('西吉县年度报告')
  })
})
