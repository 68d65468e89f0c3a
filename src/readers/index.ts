/**
 * A published report file → the text the parser reads (see ./types.ts).
 * One entry point for the preparse CLI (Node) and the browser import: what
 * differs between the two (how HTML is parsed into a DOM, how pdf.js is
 * loaded) comes in through `ReaderEnv`.
 */

import type { SourceFormat } from '../schema/report'
import type { HtmlParser } from './html'
import type { PdfEnv } from './pdf/env'
import type { PdfReadOptions } from './pdf/read-pdf'
import type { ExtractedDocument } from './types'
import { makeCheck } from '../catalog/checks'
import { decodeBytes } from './decode'
import { readDocx } from './docx'
import { extension, formatByName } from './formats'
import { readHtml } from './html'
import { isMhtml } from './html-mhtml'
import { readPdf } from './pdf/read-pdf'

export type { PdfEnv } from './pdf/env'
export type { PdfReadOptions } from './pdf/read-pdf'
export type { ExtractedDocument } from './types'

/** What the environment supplies to the readers that need more than bytes. */
export interface ReaderEnv {
  /**
   * HTML → a DOM Document, for web pages and .docx: the browser's DOMParser
   * on the main thread, linkedom in Node and in Web Workers (which have no
   * DOMParser); see ./html-env.ts. May load the parser on first use.
   */
  parseHtml?: HtmlParser
  /** pdf.js and its data files (Node: scripts/lib/reader-env.ts; browser: ./pdf/load-browser.ts). */
  pdf?: PdfEnv
}

/** What one read may ask for beyond the environment: progress and limits (PDF pages; see ./pdf/read-pdf.ts). */
export type ReadOptions = PdfReadOptions

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46] // %PDF
const ZIP_MAGIC = [0x50, 0x4B, 0x03, 0x04] // PK\3\4 (docx, xlsx …)
/** The start of an HTML document, after a BOM and whitespace. */
const HTML_START = /^\s*(?:<!doctype html|<html|<head|<meta|<!--)/i

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.length <= bytes.length && magic.every((b, i) => bytes[i] === b)
}

/**
 * What a file is, from its bytes first and its name second (a PDF saved as
 * .txt is still a PDF). null: a binary format no reader takes.
 */
export function sniffFormat(name: string, bytes: Uint8Array): SourceFormat | null {
  if (startsWith(bytes, PDF_MAGIC))
    return 'pdf'
  if (startsWith(bytes, ZIP_MAGIC))
    return formatByName(name) === 'docx' ? 'docx' : null
  if (formatByName(name) === 'html' || isMhtml(bytes))
    return 'html'
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512))
  if (HTML_START.test(head.replace(/^\uFEFF|^ï»¿/, '')))
    return 'html'
  return 'text'
}

function readText(bytes: Uint8Array): ExtractedDocument {
  const decoded = decodeBytes(bytes)
  if (!decoded.ok)
    return { text: '', sourceFormat: 'text', checks: [makeCheck('input.unreadable', { reason: decoded.message })] }
  return { text: decoded.text, sourceFormat: 'text', checks: [] }
}

async function readFormat(format: SourceFormat, bytes: Uint8Array, env: ReaderEnv, options: ReadOptions): Promise<ExtractedDocument> {
  if (format === 'text')
    return readText(bytes)
  if ((format === 'html' || format === 'docx') && !env.parseHtml)
    return { text: '', sourceFormat: format, checks: [makeCheck('input.unreadable', { reason: 'no HTML parser is available here to read web pages and Word documents' })] }
  if (format === 'html')
    return readHtml(bytes, env.parseHtml!)
  if (format === 'docx')
    return readDocx(bytes, env.parseHtml!)
  if (format === 'pdf' && env.pdf)
    return readPdf(bytes, env.pdf, options)
  return { text: '', sourceFormat: format, checks: [makeCheck('input.unsupported', { format })] }
}

/** Read one report file. Never throws: what cannot be read is an error check. */
export async function readDocument(name: string, bytes: Uint8Array, env: ReaderEnv = {}, options: ReadOptions = {}): Promise<ExtractedDocument> {
  const format = sniffFormat(name, bytes)
  if (format === null)
    return { text: '', sourceFormat: 'text', checks: [makeCheck('input.unsupported', { format: extension(name) || '?' })] }
  try {
    return await readFormat(format, bytes, env, options)
  }
  catch (error) {
    // A reader bug must not lose the user's file: report it as a check.
    const reason = error instanceof Error ? error.message : String(error)
    return { text: '', sourceFormat: format, checks: [makeCheck('input.unreadable', { reason })] }
  }
}
