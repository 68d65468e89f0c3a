/**
 * A pdf.js page → a PdfPage (./types.ts): text items in page coordinates,
 * and — only on a page whose text looks like a table or is written
 * vertically, because the drawing operators cost pdf.js about as much again
 * as the text — its ruling lines and its vertical text (./extract-vertical.ts).
 */

import type { PDFPageProxy } from 'pdfjs-dist'
import type { TextItem } from 'pdfjs-dist/types/src/display/api'
import type { Matrix, OpCodes } from './extract-rules'
import type { TextOpCodes } from './extract-vertical'
import type { PdfItem, PdfPage } from './types'
import { multiply, rulesFromOperators } from './extract-rules'
import { verticalTextFromOperators } from './extract-vertical'
import { layoutLines } from './layout-lines'

/** Share of the font size above the baseline (CJK fonts: ~0.8–0.88). */
const ASCENT = 0.8
/** A text run this much off the axes (share of its size) is rotated: a watermark or a stamp. */
const ROTATED = 0.1
/** pdf.js's AnnotationMode.DISABLE (a constant of the library, passed as a number so this module needs only its types). */
const ANNOTATIONS_DISABLED = 0
/** Lines with a column gap: this many on a page, and it may hold a table. */
const TABLE_LINES = 2

function isTextItem(item: object): item is TextItem {
  return 'str' in item
}

function toItem(item: TextItem, base: Matrix, vertical: boolean): PdfItem | null {
  if (item.str.trim() === '')
    return null
  const m = multiply(base, item.transform as unknown as Matrix)
  const size = Math.hypot(m[2], m[3])
  if (!(size > 0) || Math.abs(m[1]) > ROTATED * size || Math.abs(m[2]) > ROTATED * size)
    return null
  if (vertical)
    return { text: item.str, x: m[4], y: m[5] - size, width: item.width || size, height: item.height || size, size, vertical: true }
  return { text: item.str, x: m[4], y: m[5] - ASCENT * size, width: item.width, height: size, size }
}

/** Whether a page's text has the column gaps of a table (then its ruling lines are read). */
export function mayHoldTable(items: readonly PdfItem[]): boolean {
  let lines = 0
  for (const line of layoutLines(items)) {
    if (line.text.includes('\t') && ++lines >= TABLE_LINES)
      return true
  }
  return false
}

export async function extractPage(page: PDFPageProxy, ops: OpCodes & TextOpCodes): Promise<PdfPage> {
  const viewport = page.getViewport({ scale: 1 })
  const base = viewport.transform as unknown as Matrix
  const content = await page.getTextContent()
  let items: PdfItem[] = []
  const verticalFonts = new Set<string>()
  for (const raw of content.items) {
    if (!isTextItem(raw))
      continue
    const vertical = raw.dir === 'ttb' || content.styles[raw.fontName]?.vertical === true
    if (vertical)
      verticalFonts.add(raw.fontName)
    const item = toItem(raw, base, vertical)
    if (item)
      items.push(item)
  }
  let rules: PdfPage['rules'] = []
  if (verticalFonts.size > 0 || mayHoldTable(items)) {
    // Annotations (form fields, links, stamps) draw nothing the layout reads.
    const list = await page.getOperatorList({ annotationMode: ANNOTATIONS_DISABLED })
    rules = rulesFromOperators(list.fnArray, list.argsArray, ops, base)
    if (verticalFonts.size > 0)
      items = [...items.filter(i => !i.vertical), ...verticalTextFromOperators(list.fnArray, list.argsArray, ops, base, verticalFonts)]
  }
  return { width: viewport.width, height: viewport.height, items, rules }
}
