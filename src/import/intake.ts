import type { Encoding } from '../readers/decode'
import type { FileIssueCode, Issue } from './issues'
import { decodeBytes } from '../readers/decode'
import { issue } from './issues'
import { ACCEPTED_EXTENSIONS, CSV_EXTENSIONS, MAX_IMPORT_BYTES, REPORT_EXTENSIONS } from './limits'
import { binaryFormat, extensionOf } from './sniff'

/** What a file turned out to be once read. */
export type IntakeKind = 'report' | 'csv'

export type IntakeResult
  = | { ok: true, kind: IntakeKind, text: string, encoding: Encoding, bom: boolean }
    | { ok: false, issue: Issue<FileIssueCode> }

/** A tidy CSV announces itself by its first column (spec §7), whatever the file is called. */
const TIDY_HEADER_START = /^\s*"?report_id"?\s*,/

/**
 * Big5 and other legacy encodings decode as GB18030 without an error but
 * land in the private-use area (GBK's user-defined rows, U+E000–U+F8FF),
 * which real text almost never uses: more than 0.5 % of the non-ASCII
 * characters there means the guess was wrong, and a refusal beats mojibake.
 */
function looksMisdecoded(text: string): boolean {
  let nonAscii = 0
  let privateUse = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c > 0x7F)
      nonAscii++
    if (c >= 0xE000 && c <= 0xF8FF)
      privateUse++
  }
  return privateUse > 0 && privateUse / nonAscii > 0.005
}

/** Megabytes with one decimal, for messages. */
function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024) * 10) / 10
}

/** Refuse a file by its size before reading it (File.size is free; reading 2 GB is not). */
export function checkSize(size: number, limit = MAX_IMPORT_BYTES): Issue<FileIssueCode> | null {
  if (size > limit) {
    return issue('too-large', {
      limit: megabytes(limit),
      size: megabytes(size),
    })
  }
  if (size === 0)
    return issue('empty')
  return null
}

function kindOf(name: string, text: string): IntakeKind | null {
  if (TIDY_HEADER_START.test(text))
    return 'csv'
  const ext = extensionOf(name)
  if (CSV_EXTENSIONS.includes(ext))
    return 'csv'
  if (REPORT_EXTENSIONS.includes(ext))
    return 'report'
  return null
}

/**
 * Bytes of a dropped file → its text and what to do with it, or the reason
 * it cannot be imported. Pure: runs in the import worker and in unit tests.
 */
export function intakeBytes(name: string, bytes: Uint8Array): IntakeResult {
  const sizeIssue = checkSize(bytes.length)
  if (sizeIssue)
    return { ok: false, issue: sizeIssue }

  const decoded = decodeBytes(bytes)
  if (!decoded.ok) {
    if (decoded.reason === 'binary') {
      return {
        ok: false,
        issue: issue('binary', {
          format: binaryFormat(bytes),
        }),
      }
    }
    return {
      ok: false,
      issue: issue(decoded.reason),
    }
  }
  if (decoded.text.trim() === '') {
    return {
      ok: false,
      issue: issue('empty'),
    }
  }
  if (decoded.encoding === 'gb18030' && looksMisdecoded(decoded.text)) {
    return {
      ok: false,
      issue: issue('undecodable'),
    }
  }

  const kind = kindOf(name, decoded.text)
  if (kind === null) {
    return {
      ok: false,
      issue: issue('unsupported-type', { ext: extensionOf(name) || '—', accepted: ACCEPTED_EXTENSIONS }),
    }
  }
  return {
    ok: true,
    kind,
    text: decoded.text,
    encoding: decoded.encoding,
    bom: decoded.bom,
  }
}
