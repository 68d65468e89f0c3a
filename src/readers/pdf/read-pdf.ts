/**
 * PDF bytes → the parser's text (../types.ts): pdf.js extracts each page's
 * text items (and a table page's ruling lines), ./layout-document.ts turns
 * them into lines and tab rows. A PDF without a text layer (a scan) gives no
 * text and an `input.no_text_layer` error: no numbers, never guessed ones.
 * Never throws.
 */

import type { Check } from '../../schema/report'
import type { ExtractedDocument } from '../types'
import type { PdfEnv } from './env'
import type { PdfPage } from './types'
import { makeCheck } from '../../catalog/checks'
import { extractPage } from './extract-page'
import { layoutDocument } from './layout-document'

/** A document with fewer readable characters than this has no text layer (a page number is not a text layer). */
const MIN_TEXT = 20
/** Characters that count as text. */
const READABLE = /[\p{L}\p{N}]/gu

function describe(error: unknown): string {
  const name = error instanceof Error ? error.name : ''
  if (name === 'PasswordException')
    return 'the PDF is password-protected'
  if (name === 'InvalidPDFException')
    return 'this is not a valid PDF'
  return error instanceof Error ? error.message : String(error)
}

/** What a caller may ask of a PDF read beyond the bytes (the browser import: progress and a page cap). */
export interface PdfReadOptions {
  /** Called after each page is extracted, with the pages done and the document's page count. */
  onPage?: (done: number, total: number) => void
  /** A document with more pages is not read (an `input.too_many_pages` error): no annual report runs that long. */
  maxPages?: number
}

function unreadable(reason: string): ExtractedDocument {
  return { text: '', sourceFormat: 'pdf', checks: [makeCheck('input.unreadable', { reason })] }
}

/**
 * The pages' text items and ruling lines from pdf.js, or why the file cannot
 * be read. A page that fails is left empty: its number goes to `failed` and
 * a check to `checks`; a document over `options.maxPages` is not read (its
 * check goes to `checks` and the reason is returned).
 */
export async function extractPdfPages(bytes: Uint8Array, env: PdfEnv, checks: Check[] = [], failed = new Set<number>(), options: PdfReadOptions = {}): Promise<PdfPage[] | string> {
  let pdfjs
  try {
    pdfjs = await env.load()
  }
  catch (error) {
    return `the PDF reader could not be loaded (${describe(error)})`
  }
  const task = pdfjs.getDocument({
    // pdf.js may transfer the buffer to its worker: give it a copy.
    data: bytes.slice(),
    cMapUrl: env.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: env.standardFontDataUrl,
    ...(env.BinaryDataFactory ? { BinaryDataFactory: env.BinaryDataFactory, useWorkerFetch: false } : {}),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  })
  try {
    const doc = await task.promise
    if (options.maxPages !== undefined && doc.numPages > options.maxPages) {
      checks.push(makeCheck('input.too_many_pages', { pages: doc.numPages, limit: options.maxPages }))
      return `the PDF has ${doc.numPages} pages, more than ${options.maxPages}`
    }
    const pages: PdfPage[] = []
    options.onPage?.(0, doc.numPages)
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n)
        pages.push(await extractPage(page, pdfjs.OPS))
        page.cleanup()
      }
      catch (error) {
        checks.push(makeCheck('input.unreadable/page', { page: n, reason: describe(error) }))
        failed.add(n)
        pages.push({ width: 0, height: 0, items: [], rules: [] })
      }
      options.onPage?.(n, doc.numPages)
    }
    return pages
  }
  catch (error) {
    return describe(error)
  }
  finally {
    await task.destroy().catch(() => undefined)
  }
}

export async function readPdf(bytes: Uint8Array, env: PdfEnv, options: PdfReadOptions = {}): Promise<ExtractedDocument> {
  const checks: Check[] = []
  const failed = new Set<number>()
  const pages = await extractPdfPages(bytes, env, checks, failed, options)
  if (typeof pages === 'string') {
    const tooLong = checks.find(c => c.id === 'input.too_many_pages')
    return tooLong ? { text: '', sourceFormat: 'pdf', checks: [tooLong], pages: Number(tooLong.params?.pages) } : unreadable(pages)
  }
  const layout = layoutDocument(pages)
  const text = layout.text
  const emptyPages = layout.emptyPages.filter(n => !failed.has(n))
  if ((text.match(READABLE)?.length ?? 0) < MIN_TEXT) {
    checks.push(makeCheck('input.no_text_layer', { pages: pages.length }))
    return { text: '', sourceFormat: 'pdf', checks, pages: pages.length }
  }
  if (emptyPages.length > 0)
    checks.push(makeCheck('input.no_text_layer/pages', { pages: emptyPages.join(', ') }))
  return { text, sourceFormat: 'pdf', checks, pages: pages.length }
}
