/**
 * Word documents (.docx) → HTML through mammoth (paragraphs, headings, tables
 * with their merged cells as colspan/rowspan) → the web-page path (html.ts).
 * mammoth is loaded on first use, so the app's and the worker's first chunks
 * do not carry it. Images are dropped before they are encoded: a report's
 * numbers are in its text and tables.
 */

import type { ExtractedDocument } from './types'
import type { HtmlParser } from './html'
import { makeCheck } from '../catalog/checks'
import { readHtmlString } from './html'

async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const mod = await import('mammoth')
  const mammoth = mod.default ?? mod
  // Node's build of mammoth reads `buffer`, the browser build `arrayBuffer`; both accept the bytes.
  const input = { buffer: bytes, arrayBuffer: bytes } as unknown as Parameters<typeof mammoth.convertToHtml>[0]
  const result = await mammoth.convertToHtml(input, {
    convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
  })
  return result.value
}

export async function readDocx(bytes: Uint8Array, parseHtml: HtmlParser): Promise<ExtractedDocument> {
  let html: string
  try {
    html = await docxToHtml(bytes)
  }
  catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { text: '', sourceFormat: 'docx', checks: [makeCheck('input.unreadable', { reason: `not a readable Word (.docx) document (${detail})` })] }
  }
  return readHtmlString(html, parseHtml, 'docx')
}
