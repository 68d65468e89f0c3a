/**
 * Saved web pages (.html/.htm, and .mht/.mhtml single-file pages unwrapped
 * by html-mhtml.ts: what a browser's "save page" writes) → the
 * text the parser reads: bytes decoded by the page's charset
 * (html-charset.ts), parsed into a DOM by the environment (the browser's
 * DOMParser, or linkedom in Node and Web Workers), the article found
 * (html-body.ts) and written as lines with tables as tab rows
 * (html-text.ts), after the page's own metadata lines (html-page-meta.ts).
 */

import type { SourceFormat } from '../schema/report'
import type { ExtractedDocument } from './types'
import { makeCheck } from '../catalog/checks'
import { attachmentOnly } from './html-attachments'
import { findArticle } from './html-body'
import { decodeHtmlBytes } from './html-charset'
import { isMhtml, mhtmlPage } from './html-mhtml'
import { pageMetaLines } from './html-page-meta'
import { pageTree } from './html-tree'
import { elementLines } from './html-text'

/** HTML → a DOM Document (may load its parser on first use). */
export type HtmlParser = (html: string) => Document | Promise<Document>

/** A parsed page read: metadata lines, a blank line, the article's lines; and the attachments it offers instead of a report. */
export function readPage(doc: Document): { text: string, attachments: string[] } {
  const page = pageTree(doc)
  const article = findArticle(page.body)
  const meta = pageMetaLines(page, article)
  const body = elementLines(article)
  return { text: [...meta, ...(meta.length > 0 ? [''] : []), ...body].join('\n'), attachments: attachmentOnly(page.body, body) }
}

/** The text of a parsed page (readPage's text). */
export function documentText(doc: Document): string {
  return readPage(doc).text
}

/** An <html> start tag. */
const HTML_TAG = /<html[\s>]/i
const BODY_TAG = /<body[\s>]/i

/**
 * A fragment (mammoth's rendering of a .docx, a page saved without its
 * <html>) made a document: linkedom, unlike browsers, builds no <html> and
 * <body> around a fragment.
 */
export function asDocument(html: string): string {
  if (HTML_TAG.test(html))
    return html
  return BODY_TAG.test(html) ? `<html>${html}</html>` : `<html><head></head><body>${html}</body></html>`
}

/** An HTML string (a decoded page, or mammoth's rendering of a .docx) → extracted text. */
export async function readHtmlString(html: string, parseHtml: HtmlParser, sourceFormat: SourceFormat): Promise<ExtractedDocument> {
  const { text, attachments } = readPage(await parseHtml(asDocument(html)))
  const checks = attachments.length > 0 ? [makeCheck('input.attachment', { files: attachments.join('、') })] : []
  if (text.trim() === '')
    return { text: '', sourceFormat, checks: [...checks, makeCheck('input.empty')] }
  return { text, sourceFormat, checks }
}

export async function readHtml(bytes: Uint8Array, parseHtml: HtmlParser): Promise<ExtractedDocument> {
  let page: { bytes: Uint8Array, charset: string | null } | null = { bytes, charset: null }
  if (isMhtml(bytes)) {
    page = mhtmlPage(bytes)
    if (!page)
      return { text: '', sourceFormat: 'html', checks: [makeCheck('input.unreadable', { reason: 'this single-file page (.mht/.mhtml) holds no HTML part' })] }
  }
  const decoded = decodeHtmlBytes(page.bytes, page.charset)
  if (!decoded.ok)
    return { text: '', sourceFormat: 'html', checks: [makeCheck('input.unreadable', { reason: decoded.message })] }
  return readHtmlString(decoded.text, parseHtml, 'html')
}
