/**
 * Saved web pages (.html/.htm, what a browser's "save page" writes) → the
 * text the parser reads: bytes decoded by the page's charset
 * (html-charset.ts), parsed into a DOM by the environment (the browser's
 * DOMParser, or linkedom in Node and Web Workers), the article found
 * (html-body.ts) and written as lines with tables as tab rows
 * (html-text.ts), after the page's own metadata lines (html-page-meta.ts).
 */

import type { SourceFormat } from '../schema/report'
import type { ExtractedDocument } from './types'
import { makeCheck } from '../catalog/checks'
import { findArticle } from './html-body'
import { decodeHtmlBytes } from './html-charset'
import { pageMetaLines } from './html-page-meta'
import { pageTree } from './html-tree'
import { elementLines } from './html-text'

/** HTML → a DOM Document (may load its parser on first use). */
export type HtmlParser = (html: string) => Document | Promise<Document>

/** The text of a parsed page: metadata lines, a blank line, the article's lines. */
export function documentText(doc: Document): string {
  const page = pageTree(doc)
  const article = findArticle(page.body)
  const meta = pageMetaLines(page, article)
  const body = elementLines(article)
  return [...meta, ...(meta.length > 0 ? [''] : []), ...body].join('\n')
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
  const doc = await parseHtml(asDocument(html))
  const text = documentText(doc)
  if (text.trim() === '')
    return { text: '', sourceFormat, checks: [makeCheck('input.empty')] }
  return { text, sourceFormat, checks: [] }
}

export async function readHtml(bytes: Uint8Array, parseHtml: HtmlParser): Promise<ExtractedDocument> {
  const decoded = decodeHtmlBytes(bytes)
  if (!decoded.ok)
    return { text: '', sourceFormat: 'html', checks: [makeCheck('input.unreadable', { reason: decoded.message })] }
  return readHtmlString(decoded.text, parseHtml, 'html')
}
