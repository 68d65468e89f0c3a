/**
 * Bytes → text for report and CSV files: UTF-8 (with or without BOM),
 * UTF-16 with or without BOM, and GB18030/GBK (what Chinese Windows tools
 * and Excel save). Runs in Node (the preparse CLI) and in browsers and workers.
 * Never guesses silently: binary input and undecodable bytes are errors.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

export type DecodeResult
  = | { ok: true, text: string, encoding: Encoding, bom: boolean }
    | { ok: false, reason: 'empty' | 'binary' | 'undecodable', message: string }

/** Magic numbers of formats people drop by mistake (PNG, JPEG, GIF, PDF, ZIP/xlsx/docx, OLE2 xls/doc). */
const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4E, 0x47],
  [0xFF, 0xD8, 0xFF],
  [0x47, 0x49, 0x46, 0x38],
  [0x25, 0x50, 0x44, 0x46],
  [0x50, 0x4B, 0x03, 0x04],
  [0xD0, 0xCF, 0x11, 0xE0],
]

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b)
}

/** Share of C0 control characters (other than tab, CR, LF, FF) in a sample: text has almost none. */
function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 65536)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b < 0x20 && b !== 0x09 && b !== 0x0A && b !== 0x0D && b !== 0x0C)
      control++
  }
  return n === 0 ? 0 : control / n
}

/**
 * Characters of text in the decoding of a UTF-16 guess: CJK (ideographs,
 * punctuation, full-width forms), Latin with its punctuation, white space.
 */
const TEXT_CHAR = /[\u4E00-\u9FFF\u3400-\u4DBF\u3000-\u303F\uFF00-\uFFEF\u2000-\u206F\u00A0-\u00FF\u0020-\u007E\t\n\r\f\u2460-\u24FF\u25A0-\u25FF]/g

/**
 * UTF-16 without a byte-order mark (some Windows tools save it so): zero
 * bytes, which text in any 8-bit encoding never has, and a decoding that
 * reads as text. Only tried when the bytes hold zeros, so an 8-bit file is
 * never taken for UTF-16; a binary file fails the text test.
 */
function sniffUtf16(bytes: Uint8Array): { text: string, encoding: 'utf-16le' | 'utf-16be' } | null {
  const n = Math.min(bytes.length, 65536) & ~1
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0)
      evenZeros++
    if (bytes[i + 1] === 0)
      oddZeros++
  }
  if (bytes.length % 2 !== 0 || evenZeros + oddZeros === 0)
    return null
  // ASCII in little-endian has its zero in the odd byte; in big-endian, the even.
  const order: ('utf-16le' | 'utf-16be')[] = oddZeros >= evenZeros ? ['utf-16le', 'utf-16be'] : ['utf-16be', 'utf-16le']
  for (const encoding of order) {
    const text = tryDecode(encoding, bytes)
    if (text === null)
      continue
    const sample = text.slice(0, 32768)
    const textChars = sample.match(TEXT_CHAR)?.length ?? 0
    if (sample.length > 0 && textChars / sample.length >= 0.98)
      return { text, encoding }
  }
  return null
}

function tryDecode(encoding: Encoding, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
  }
  catch {
    return null
  }
}

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0)
    return { ok: false, reason: 'empty', message: 'The file is empty.' }

  if (startsWith(bytes, [0xEF, 0xBB, 0xBF])) {
    const text = tryDecode('utf-8', bytes.subarray(3))
    return text === null
      ? { ok: false, reason: 'undecodable', message: 'The file starts with a UTF-8 byte-order mark but is not valid UTF-8.' }
      : { ok: true, text, encoding: 'utf-8', bom: true }
  }
  for (const [bom, encoding] of [[[0xFF, 0xFE], 'utf-16le'], [[0xFE, 0xFF], 'utf-16be']] as const) {
    if (startsWith(bytes, bom)) {
      const text = tryDecode(encoding, bytes.subarray(2))
      if (text !== null)
        return { ok: true, text, encoding, bom: true }
    }
  }

  if (BINARY_SIGNATURES.some(sig => startsWith(bytes, sig)))
    return { ok: false, reason: 'binary', message: 'This is a binary file (an image, PDF, spreadsheet or archive), not text.' }
  const utf16 = sniffUtf16(bytes)
  if (utf16 !== null)
    return { ok: true, text: utf16.text, encoding: utf16.encoding, bom: false }
  if (controlShare(bytes) > 0.01)
    return { ok: false, reason: 'binary', message: 'This is a binary file (an image, PDF, spreadsheet or archive), not text.' }

  const utf8 = tryDecode('utf-8', bytes)
  if (utf8 !== null)
    return { ok: true, text: utf8, encoding: 'utf-8', bom: false }
  const gb = tryDecode('gb18030', bytes)
  if (gb !== null)
    return { ok: true, text: gb, encoding: 'gb18030', bom: false }
  return { ok: false, reason: 'undecodable', message: 'The text is neither UTF-8 nor GB18030/GBK; save it as UTF-8 and try again.' }
}
