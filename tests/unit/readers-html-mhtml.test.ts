/** Pages saved as a single file (.mht/.mhtml), as Chrome/Edge ("Webpage, Single File") and IE ("Web Archive") write them. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sniffFormat } from '../../src/readers'
import { readBytes } from './readers-helpers'

const FIXTURES = join(import.meta.dirname, '../fixtures/html')
const BOUNDARY = '----MultipartBoundary--T3stB0undary----'

/** Quoted-printable as Blink writes it: = and non-ASCII bytes escaped, soft line breaks every 76 characters. */
function quotedPrintable(bytes: Uint8Array): string {
  let out = ''
  let line = ''
  for (const b of bytes) {
    const piece = b === 0x0A ? '\r\n' : (b === 0x3D || b > 0x7E || (b < 0x20 && b !== 0x09)) ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b)
    if (piece === '\r\n') {
      out += `${line}\r\n`
      line = ''
      continue
    }
    if (line.length + piece.length > 75) {
      out += `${line}=\r\n`
      line = ''
    }
    line += piece
  }
  return out + line
}

function mhtml(partHeaders: string, body: string): Uint8Array {
  const text = [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://www.example.gov.cn/zwgk/nb/t20230119_1.html',
    'Subject: =?utf-8?Q?=E9=9A=86=E5=BE=B7?=',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${BOUNDARY}"`,
    '',
    '',
    `--${BOUNDARY}`,
    partHeaders,
    '',
    body,
    `--${BOUNDARY}`,
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    'Content-Location: https://www.example.gov.cn/img/logo.png',
    '',
    'iVBORw0KGgo=',
    `--${BOUNDARY}--`,
    '',
  ].join('\r\n')
  return Uint8Array.from(text, c => c.charCodeAt(0))
}

describe('single-file pages (.mht/.mhtml)', () => {
  it('Chrome\'s quoted-printable UTF-8 part reads exactly as the page itself', async () => {
    const page = readFileSync(join(FIXTURES, 'longde-2022.html'))
    const file = mhtml('Content-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: https://www.example.gov.cn/zwgk/nb/t20230119_1.html', quotedPrintable(new Uint8Array(page)))
    const [saved, original] = await Promise.all([readBytes('report.mhtml', file), readBytes('report.html', new Uint8Array(page))])
    expect(saved.sourceFormat).toBe('html')
    expect(saved.checks).toEqual([])
    expect(saved.text).toBe(original.text)
  })

  it('a base64 GBK part with its charset in the part header (IE\'s web archive), whatever the name', async () => {
    const page = readFileSync(join(FIXTURES, 'xiji-2023-gbk.html'))
    const base64 = page.toString('base64').replace(/.{76}/g, '$&\r\n')
    const file = mhtml('Content-Type: text/html;\r\n\tcharset="gb2312"\r\nContent-Transfer-Encoding: base64', base64)
    expect(sniffFormat('report.txt', file)).toBe('html')
    const [saved, original] = await Promise.all([readBytes('report.txt', file), readBytes('report.htm', new Uint8Array(page))])
    expect(saved.text).toBe(original.text)
    expect(saved.text).toContain('西吉县人民政府2023年政府信息公开工作年度报告')
  })

  it('a single-file page without an HTML part is refused with a reason', async () => {
    const doc = await readBytes('x.mht', mhtml('Content-Type: image/png\r\nContent-Transfer-Encoding: base64', 'iVBORw0KGgo='))
    expect(doc.checks.map(c => [c.id, c.severity])).toEqual([['input.unreadable', 'error']])
    expect(doc.checks[0]!.message).toMatch(/no HTML part/)
  })
})
