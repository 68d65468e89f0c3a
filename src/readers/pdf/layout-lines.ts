/**
 * Text items → lines. Items whose vertical extents overlap form one line,
 * read left to right. Between two items of a line the gap decides the
 * separator: a column gap (a table without borders, a signature block)
 * becomes a tab, a word gap a space — but only next to Latin letters or
 * digits or when it is wide, since Chinese puts no spaces between words and
 * a justified line's small gaps are not spaces — and anything narrower
 * nothing.
 */

import type { PdfItem } from './types'
import { unifyIdeographs } from './cjk-radicals'

export interface TextLine {
  text: string
  x: number
  right: number
  top: number
  bottom: number
  /** The line's largest font size. */
  size: number
  items: PdfItem[]
}

/** A gap of this many ems between two items is a column boundary. */
export const COLUMN_GAP = 1.5
/** A gap of this many ems next to a Latin letter or digit is a space. */
const WORD_GAP = 0.15
/** A gap this wide (in ems) is a space even between Chinese characters. */
const WIDE_GAP = 0.8
/** Two items are on one line when their vertical overlap is at least this share of the smaller one. */
const SAME_LINE_OVERLAP = 0.5

/** A Latin letter or digit at a join: words and numbers there need their space. */
const LATIN = /[\p{Script=Latin}\d]/u
/** Whitespace at the start or end of a string. */
const EDGE_SPACE = /^\s|\s$/
/** Spaces between two Chinese characters or CJK punctuation marks (letter-spaced text): never word spaces. */
const CJK_SPACE = /(?<=[\p{Script=Han}\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\u201C\u201D\u2018\u2019])[ \t\u3000]+(?=[\p{Script=Han}\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\u201C\u201D\u2018\u2019])/gu

/** An item's text with the spaces pdf.js put between letter-spaced Chinese characters removed. */
export function closeCjkSpaces(text: string): string {
  return text.replace(CJK_SPACE, '')
}

function overlap(aTop: number, aBottom: number, bTop: number, bBottom: number): number {
  return Math.min(aBottom, bBottom) - Math.max(aTop, bTop)
}

/** The separator between two neighbouring pieces of text `gap` points apart. */
export function separator(before: string, after: string, gap: number, size: number, columns: boolean): string {
  if (columns && gap >= COLUMN_GAP * size)
    return '\t'
  if (gap < WORD_GAP * size || EDGE_SPACE.test(before.slice(-1)) || EDGE_SPACE.test(after.charAt(0)))
    return ''
  if (gap >= WIDE_GAP * size || LATIN.test(before.slice(-1)) || LATIN.test(after.charAt(0)))
    return ' '
  return ''
}

/** Items in reading order grouped into lines (top to bottom). */
export function groupLines(items: readonly PdfItem[]): PdfItem[][] {
  const sorted = [...items].sort((a, b) => a.y + a.height / 2 - (b.y + b.height / 2) || a.x - b.x)
  const lines: { top: number, bottom: number, items: PdfItem[], vertical?: boolean }[] = []
  for (const item of sorted) {
    const bottom = item.y + item.height
    // A vertical run is a line of its own: it spans the height of several horizontal ones.
    if (item.vertical) {
      lines.push({ top: item.y, bottom, items: [item], vertical: true })
      continue
    }
    // Only the last few lines can still take an item: the input is sorted by centre.
    let home: (typeof lines)[number] | undefined
    for (let i = lines.length - 1; i >= Math.max(0, lines.length - 3); i--) {
      const line = lines[i]!
      if (line.vertical)
        continue
      const shared = overlap(line.top, line.bottom, item.y, bottom)
      if (shared >= SAME_LINE_OVERLAP * Math.min(line.bottom - line.top, item.height)) {
        home = line
        break
      }
    }
    if (home) {
      home.items.push(item)
      home.top = Math.min(home.top, item.y)
      home.bottom = Math.max(home.bottom, bottom)
    }
    else {
      lines.push({ top: item.y, bottom, items: [item] })
    }
  }
  for (const line of lines)
    line.items.sort((a, b) => a.x - b.x)
  return lines.sort((a, b) => a.top - b.top).map(l => l.items)
}

/** One line's text; `columns`: whether wide gaps become tabs (free text) or spaces (inside a table cell). */
export function joinLine(items: readonly PdfItem[], columns: boolean): TextLine {
  let text = ''
  let end = -Infinity
  let size = 0
  for (const item of items) {
    const em = Math.max(item.size, size)
    const piece = closeCjkSpaces(unifyIdeographs(item.text))
    text += text === '' ? '' : separator(text, piece, item.x - end, em, columns)
    text += piece
    end = Math.max(end, item.x + item.width)
    size = Math.max(size, item.size)
  }
  const first = items[0]
  return {
    text: columns ? text.trim() : text.replace(/\t/g, ' ').trim(),
    x: first?.x ?? 0,
    right: end,
    top: Math.min(...items.map(i => i.y)),
    bottom: Math.max(...items.map(i => i.y + i.height)),
    size,
    items: [...items],
  }
}

/** Items → lines of text, top to bottom. */
export function layoutLines(items: readonly PdfItem[], columns = true): TextLine[] {
  return groupLines(items).map(line => joinLine(line, columns))
}
