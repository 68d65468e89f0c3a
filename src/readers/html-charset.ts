/**
 * A saved web page's bytes → text. The charset comes from a byte-order mark,
 * then the page's own declaration (`<meta charset>`, `<meta http-equiv
 * content="…; charset=…">`, `<?xml encoding>`), then the project's detection
 * (decode.ts: UTF-8, else GB18030). GB2312 and GBK pages are decoded as
 * GB18030, their superset, as browsers do.
 */

import { decodeBytes } from './decode'

/** How far into the file a charset declaration is looked for (browsers look at 1,024 bytes; saved pages put comments first). */
const PRESCAN_BYTES = 4096
/** `<meta charset="gbk">` or `<meta http-equiv=… content="text/html; charset=gb2312">`: the charset label. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i
/** `<?xml version="1.0" encoding="gb2312"?>` (XHTML pages). */
const XML_ENCODING = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i
/** Labels of the GB family, all read as GB18030. */
const GB_LABELS = /^(?:gb2312|gbk|gb18030|x-gbk|cp936|windows-936|csgb2312|chinese|iso-ir-58|gb_2312(?:-80)?)$/i
const UTF8_LABELS = /^(?:utf-?8|unicode-1-1-utf-8)$/i

export type PageCharset = { label: string, source: 'bom' | 'meta' | 'detected' }

export type HtmlDecodeResult
  = | { ok: true, text: string, charset: PageCharset }
    | { ok: false, message: string }

const BOMS: readonly (readonly [readonly number[], string])[] = [
  [[0xEF, 0xBB, 0xBF], 'utf-8'],
  [[0xFF, 0xFE], 'utf-16le'],
  [[0xFE, 0xFF], 'utf-16be'],
]

/** A charset label normalised to a TextDecoder label (the GB family as GB18030); null when unknown. */
export function charsetLabel(label: string): string | null {
  if (GB_LABELS.test(label))
    return 'gb18030'
  if (UTF8_LABELS.test(label))
    return 'utf-8'
  try {
    return new TextDecoder(label).encoding
  }
  catch {
    return null
  }
}

/** The charset a page declares in its first bytes, normalised to a TextDecoder label; null when none or unknown. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES))
  const label = (META_CHARSET.exec(head) ?? XML_ENCODING.exec(head))?.[1]
  return label ? charsetLabel(label) : null
}

function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes)
  }
  catch {
    return null
  }
}

/** Whether the bytes hold any non-ASCII byte (only then does a charset matter). */
function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80)
      return true
  }
  return false
}

/**
 * Decode a web page. A page re-saved as UTF-8 that still declares its old
 * charset (a browser's "save page" can do this) is read as UTF-8: valid
 * UTF-8 with Chinese in it is never a coincidence in GBK text. `given` is a
 * charset stated outside the page (a single-file page's part header); it
 * counts as the page's declaration.
 */
export function decodeHtmlBytes(bytes: Uint8Array, given: string | null = null): HtmlDecodeResult {
  for (const [bom, label] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      const text = decodeStrict(label, bytes.subarray(bom.length))
      if (text !== null)
        return { ok: true, text, charset: { label, source: 'bom' } }
    }
  }
  const declared = (given ? charsetLabel(given) : null) ?? declaredCharset(bytes)
  if (declared && declared !== 'utf-8' && hasNonAscii(bytes)) {
    const utf8 = decodeStrict('utf-8', bytes)
    if (utf8 !== null)
      return { ok: true, text: utf8, charset: { label: 'utf-8', source: 'detected' } }
  }
  if (declared) {
    const text = decodeStrict(declared, bytes)
    if (text !== null)
      return { ok: true, text, charset: { label: declared, source: 'meta' } }
  }
  const detected = decodeBytes(bytes)
  return detected.ok
    ? { ok: true, text: detected.text, charset: { label: detected.encoding, source: 'detected' } }
    : { ok: false, message: detected.message }
}
