import type { PrintSections, SectionPrintEntry } from '../../schema/snapshot'
import type { ReportPrints, SectionPrint } from './prints'
import { MAX_NUMBERS } from './numbers'
import { PRINT_SECTIONS } from './prints'
import { MIN_SECTION_CHARS, reportPrints } from './report-prints'
import { SHINGLE } from './shingles'
import { SIGNATURE_SIZE } from './signature'

/**
 * Section prints in the snapshot's prints file (src/schema/snapshot.ts):
 * 16-bit values as base64 of their little-endian bytes. Written by the
 * preparse step, the synthetic generator and imports; read by the app's
 * audit store.
 */

/** Prints made another way cannot be compared with these: the tag says how they were made. */
export const PRINTS_METHOD = `oph${SIGNATURE_SIZE}x16-shingle${SHINGLE}-digits-folded-min${MIN_SECTION_CHARS}-numbers${MAX_NUMBERS}`

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const CODE = new Map([...ALPHABET].map((c, i) => [c, i]))

function toBase64(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '='
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '='
  }
  return out
}

/** Bytes of a base64 string, or null where it is not one. */
function fromBase64(text: string): Uint8Array | null {
  const body = text.replace(/=+$/, '')
  const out = new Uint8Array(Math.floor(body.length * 3 / 4))
  let bits = 0
  let value = 0
  let k = 0
  for (const c of body) {
    const v = CODE.get(c)
    if (v === undefined)
      return null
    value = (value << 6) | v
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[k++] = (value >> bits) & 0xFF
    }
  }
  return out
}

export function encodeUint16(values: Uint16Array): string {
  const bytes = new Uint8Array(values.length * 2)
  values.forEach((v, i) => {
    bytes[2 * i] = v & 0xFF
    bytes[2 * i + 1] = v >> 8
  })
  return toBase64(bytes)
}

export function decodeUint16(text: string): Uint16Array | null {
  const bytes = fromBase64(text)
  if (bytes === null || bytes.length % 2 !== 0)
    return null
  const out = new Uint16Array(bytes.length / 2)
  for (let i = 0; i < out.length; i++)
    out[i] = bytes[2 * i]! | (bytes[2 * i + 1]! << 8)
  return out
}

export function encodePrints(prints: ReportPrints): PrintSections {
  const out: PrintSections = {}
  for (const key of PRINT_SECTIONS) {
    const p = prints[key]
    if (p)
      out[key] = { chars: p.chars, size: p.size, signature: encodeUint16(p.signature), numbers: encodeUint16(p.numbers) }
  }
  return out
}

function decodeSection(e: SectionPrintEntry): SectionPrint | null {
  const signature = decodeUint16(e.signature)
  const numbers = decodeUint16(e.numbers)
  if (!signature || signature.length !== SIGNATURE_SIZE || !numbers)
    return null
  return { chars: e.chars, size: e.size, signature, numbers }
}

/** A report's prints from the file; a malformed section is left out (it is then not compared). */
export function decodePrints(sections: PrintSections): ReportPrints {
  const out: ReportPrints = {}
  for (const key of PRINT_SECTIONS) {
    const e = sections[key]
    const p = e ? decodeSection(e) : null
    if (p)
      out[key] = p
  }
  return out
}

/** What buildSnapshot needs to write a prints file: the method's tag and each report's encoded prints. */
export const SNAPSHOT_PRINTS = {
  method: PRINTS_METHOD,
  of: (report: { text: string }): PrintSections => encodePrints(reportPrints(report.text)),
}
