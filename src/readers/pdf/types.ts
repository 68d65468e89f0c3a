/**
 * What the PDF layout works on: a page's text items and ruling lines in
 * page coordinates (points, origin at the top left, y growing downwards),
 * as extracted from pdf.js (./extract-page.ts) or written by hand in tests.
 * Everything under ./layout-* is pure: no pdf.js, no DOM, no Node.
 */

/** One run of text as pdf.js gives it (a whitespace-only run is dropped on extraction). */
export interface PdfItem {
  text: string
  /** Left edge. */
  x: number
  /** Top edge. */
  y: number
  width: number
  height: number
  /** Font size (the em), the unit of every gap threshold. */
  size: number
  /** Vertical writing (top to bottom), e.g. a table's group label 三、本年度办理结果. */
  vertical?: boolean
}

/** An axis-aligned ruling line (table border): x0 ≤ x1, y0 ≤ y1; one of the two extents is ~0. */
export interface PdfRule {
  x0: number
  y0: number
  x1: number
  y1: number
}

export interface PdfPage {
  width: number
  height: number
  items: PdfItem[]
  /** Table borders; empty when the page was read without its drawing operators. */
  rules: PdfRule[]
}
