/**
 * The text 内容雷同 compares: letters and digits only (whitespace, line
 * breaks and punctuation dropped: PDF conversion scatters them), Latin
 * letters lower-cased, and every number folded to one `#`, so that a copy
 * whose figures and dates were updated still reads as a copy.
 */

/** Letters of any script and other numerals (〇, Ⅳ): kept. Tested only outside the fast paths below. */
const KEPT = /[\p{L}\p{N}]/u
const HASH = 0x23

export interface NormalisedText {
  /** The compared characters. */
  chars: string
  /** Offset in the source text where each compared character starts. */
  starts: Int32Array
  /** Offset in the source text just after each compared character (a folded number spans its digits). */
  ends: Int32Array
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xFF10 && c <= 0xFF19)
}

/** After a number's first digit: the end of `2023`, `1.5`, `９９．５`. */
function numberEnd(text: string, i: number): number {
  let j = i + 1
  while (j < text.length) {
    const c = text.charCodeAt(j)
    if (isDigit(c))
      j++
    else if ((c === 0x2E || c === 0xFF0E) && j + 1 < text.length && isDigit(text.charCodeAt(j + 1)))
      j += 2
    else
      break
  }
  return j
}

/** The compared form of a character code, or -1 to drop it. */
function kept(c: number): number {
  if (c >= 0x4E00 && c <= 0x9FFF)
    return c
  if (c < 0x80) {
    if (c >= 0x61 && c <= 0x7A)
      return c
    return c >= 0x41 && c <= 0x5A ? c + 0x20 : -1
  }
  // Surrogates (emoji and rare characters outside the BMP) are dropped: one code unit per compared character.
  if (c >= 0xD800 && c <= 0xDFFF)
    return -1
  // The punctuation of Chinese text, without the regular expression: “”…— 、。《》〔〕 ，：；（）！？
  if ((c >= 0x2000 && c <= 0x206F) || (c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x301F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20))
    return -1
  return KEPT.test(String.fromCharCode(c)) ? c : -1
}

export function normaliseText(text: string): NormalisedText {
  const n = text.length
  const codes = new Uint16Array(n)
  const starts = new Int32Array(n)
  const ends = new Int32Array(n)
  let k = 0
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i)
    if (isDigit(c)) {
      const end = numberEnd(text, i)
      codes[k] = HASH
      starts[k] = i
      ends[k++] = end
      i = end
      continue
    }
    const x = kept(c)
    if (x >= 0) {
      codes[k] = x
      starts[k] = i
      ends[k++] = i + 1
    }
    i++
  }
  let chars = ''
  for (let i = 0; i < k; i += 4096)
    chars += String.fromCharCode(...codes.subarray(i, Math.min(k, i + 4096)))
  return { chars, starts: starts.slice(0, k), ends: ends.slice(0, k) }
}
