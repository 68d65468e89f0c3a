/**
 * A page saved as a single file (.mht/.mhtml: Chrome's and Edge's "Webpage,
 * Single File", IE's "Web Archive") is a MIME message whose first text/html
 * part is the page, quoted-printable or base64 encoded, in the charset its
 * part header (or the page's own <meta>) gives. This unwraps that part to
 * the page's bytes and charset; the rest of the web-page path is unchanged.
 */

/** The message's start: MIME or mail headers (Blink writes `From: <Saved by Blink>`). */
const MIME_START = /^(?:(?:From|MIME-Version|Content-Type|Subject|Date|Snapshot-Content-Location|X-MimeOLE|Content-Location)\s*:)/i
/** The multipart boundary parameter of the top Content-Type header. */
const BOUNDARY = /boundary\s*=\s*"?([^"\r\n;]+)"?/i
/** A header block's end. */
const HEADER_END = /\r?\n\r?\n/
const HEADER_LINE = /^([\w-]+)\s*:\s*(.*)$/
const CHARSET = /charset\s*=\s*"?([\w.:-]+)"?/i

export interface MhtmlPage {
  bytes: Uint8Array
  /** The part's declared charset, if any. */
  charset: string | null
}

/** Whether the bytes are a MIME message (a saved single-file page). */
export function isMhtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048))
  return MIME_START.test(head.replace(/^\uFEFF|^ï»¿/, '')) && /multipart\/related/i.test(head)
}

/** Header lines (continuations folded) → lower-case name → value. */
function headers(block: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const m = HEADER_LINE.exec(line)
    if (m)
      out.set(m[1]!.toLowerCase(), m[2]!.trim())
  }
  return out
}

function decodeQuotedPrintable(body: string): Uint8Array {
  const text = body.replace(/=\r?\n/g, '')
  const out: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x3D && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out.push(Number.parseInt(text.slice(i + 1, i + 3), 16))
      i += 2
    }
    else {
      out.push(c & 0xFF)
    }
  }
  return new Uint8Array(out)
}

function decodeBase64(body: string): Uint8Array {
  const clean = body.replace(/[^A-Za-z0-9+/=]/g, '')
  const binary = atob(clean.slice(0, clean.length - (clean.length % 4)))
  return Uint8Array.from(binary, ch => ch.charCodeAt(0))
}

/** The first text/html part of a saved single-file page; null when there is none. */
export function mhtmlPage(bytes: Uint8Array): MhtmlPage | null {
  // Latin-1 keeps every byte as one character, so 8-bit parts survive to be re-encoded below.
  const text = new TextDecoder('latin1').decode(bytes)
  const top = text.split(HEADER_END, 1)[0] ?? ''
  const boundary = BOUNDARY.exec(headers(top).get('content-type') ?? top)?.[1]
  if (!boundary)
    return null
  for (const part of text.split(`--${boundary}`).slice(1)) {
    const end = HEADER_END.exec(part)
    if (!end)
      continue
    const head = headers(part.slice(0, end.index).replace(/^\r?\n/, ''))
    const type = head.get('content-type') ?? ''
    if (!/^text\/html/i.test(type))
      continue
    const body = part.slice(end.index + end[0].length)
    const encoding = (head.get('content-transfer-encoding') ?? '').toLowerCase()
    const payload = encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64' ? decodeBase64(body) : Uint8Array.from(body, ch => ch.charCodeAt(0) & 0xFF)
    return { bytes: payload, charset: CHARSET.exec(type)?.[1] ?? null }
  }
  return null
}
