/** Hand-made PDF pages for the layout tests: text items and ruling lines in points, top-down. */
import type { PdfItem, PdfPage, PdfRule } from '../../src/readers/pdf/types'

/** Full-width (Chinese) characters are one em wide; ASCII ones half an em. */
export function textWidth(text: string, size: number): number {
  let w = 0
  for (const ch of text)
    w += ch.charCodeAt(0) < 0x2E80 ? size / 2 : size
  return w
}

/** An item whose top-left corner is at (x, y). */
export function item(text: string, x: number, y: number, size = 10): PdfItem {
  return { text, x, y, width: textWidth(text, size), height: size, size }
}

/** A vertical run (one glyph under the other). */
export function verticalItem(text: string, x: number, y: number, size = 10): PdfItem {
  return { text, x, y, width: size, height: [...text].length * size, size, vertical: true }
}

export const hline = (x0: number, x1: number, y: number): PdfRule => ({ x0, y0: y, x1, y1: y })
export const vline = (x: number, y0: number, y1: number): PdfRule => ({ x0: x, y0, x1: x, y1 })

export function page(items: PdfItem[], rules: PdfRule[] = [], width = 595, height = 842): PdfPage {
  return { width, height, items, rules }
}

/** The borders of a full grid: vertical lines at `xs`, horizontal ones at `ys`. */
export function gridRules(xs: readonly number[], ys: readonly number[]): PdfRule[] {
  const top = ys[0]!
  const bottom = ys[ys.length - 1]!
  const left = xs[0]!
  const right = xs[xs.length - 1]!
  return [...xs.map(x => vline(x, top, bottom)), ...ys.map(y => hline(left, right, y))]
}

/** A body paragraph line at the left margin (72) with the given text, 16 pt. */
export function bodyLine(text: string, y: number, indent = 0): PdfItem {
  return item(text, 72 + indent * 16, y, 16)
}
