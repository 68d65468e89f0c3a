/**
 * An HTML data table → tab-separated rows (the reader contract in types.ts),
 * cell by cell with colspan and rowspan honoured: every row has its cells in
 * column order, and a position covered by a spanning cell is an empty cell.
 * A spanning cell's text is written once, where it starts — so a group label
 * such as `（三）不予公开` (rowspan 8) stands on the first of its rows, and a
 * number that spans rows is never counted twice.
 */

import type { TreeElement } from './html-tree'
import { childElements, collapse } from './html-tree'

/** Spans beyond these are markup errors; clamping keeps a broken page from allocating a huge grid. */
const MAX_COLSPAN = 64
const MAX_ROWSPAN = 500
/** Whether two characters are CJK-ish (no space between them when a cell's lines are joined). */
const WIDE_CHAR = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/
/** A data table's cells are short labels and numbers; a cell with more text than this is page layout … */
const MAX_DATA_CELL = 120
/** … in a table of a few cells (a report table has dozens; a long note row does not make it layout). */
const MAX_LAYOUT_CELLS = 12
/** Elements a data cell never holds: lists, headings, forms, other tables. */
const LAYOUT_CONTENT = new Set(['table', 'ul', 'ol', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'form'])
/** Elements that break a cell's text into pieces (joined again on one line). */
const CELL_BREAKS = new Set(['br', 'p', 'div', 'li', 'table', 'tr', 'td', 'th'])

function span(value: string | null, max: number): number {
  const n = Number.parseInt(value ?? '', 10)
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1
}

/** The rows of this table, not of tables nested in it, in document order. */
export function tableRows(table: TreeElement): TreeElement[] {
  const rows: TreeElement[] = []
  const visit = (node: TreeElement) => {
    for (const child of childElements(node)) {
      if (child.tag === 'tr')
        rows.push(child)
      else if (child.tag === 'thead' || child.tag === 'tbody' || child.tag === 'tfoot' || child.tag === 'form')
        visit(child)
    }
  }
  visit(table)
  return rows
}

function rowCells(row: TreeElement): TreeElement[] {
  return childElements(row).filter(c => c.tag === 'td' || c.tag === 'th')
}

function holdsLayoutContent(node: TreeElement): boolean {
  return childElements(node).some(c => LAYOUT_CONTENT.has(c.tag) || holdsLayoutContent(c))
}

/**
 * Whether a table lays out the page rather than holding data: a single cell,
 * cells holding lists, headings or other tables, or a few cells one of which
 * holds a paragraph's worth of text (old CMS pages put the whole article in
 * a layout cell).
 */
export function isLayoutTable(table: TreeElement): boolean {
  const cells = tableRows(table).flatMap(rowCells)
  if (cells.length <= 1 || cells.some(holdsLayoutContent))
    return true
  return cells.length <= MAX_LAYOUT_CELLS && cells.some(cell => cell.textLength > MAX_DATA_CELL)
}

/**
 * A cell's text on one line: its paragraphs and line breaks joined (without
 * a space between two Chinese characters, `商业</p><p>企业` → 商业企业), tabs
 * and newlines folded so the cell cannot break the row.
 */
export function cellText(cell: TreeElement): string {
  const pieces: string[] = []
  let current = ''
  const flush = () => {
    const t = collapse(current).trim()
    if (t)
      pieces.push(t)
    current = ''
  }
  const visit = (node: TreeElement) => {
    for (const c of node.children) {
      if (typeof c === 'string') {
        current += c
        continue
      }
      const breaks = CELL_BREAKS.has(c.tag)
      if (breaks)
        flush()
      visit(c)
      if (breaks)
        flush()
    }
  }
  visit(cell)
  flush()
  let out = ''
  for (const piece of pieces) {
    const joinWide = out !== '' && WIDE_CHAR.test(out.at(-1)!) && WIDE_CHAR.test(piece[0]!)
    out += out === '' || joinWide ? piece : ` ${piece}`
  }
  return out
}

/** The table as a grid of cell texts: rows × columns, '' where a span covers the position or a row is short. */
export function tableGrid(table: TreeElement): string[][] {
  const grid: string[][] = []
  /** Per column: how many rows below the current one a rowspan still covers. */
  let pending: number[] = []
  for (const row of tableRows(table)) {
    const covered = pending.map(p => p > 0)
    pending = pending.map(p => Math.max(0, p - 1))
    const out: string[] = covered.map(() => '')
    let col = 0
    for (const cell of rowCells(row)) {
      while (covered[col])
        col++
      const colspan = span(cell.colspan, MAX_COLSPAN)
      const rowspan = span(cell.rowspan, MAX_ROWSPAN)
      for (let k = 0; k < colspan; k++) {
        out[col + k] = k === 0 ? cellText(cell) : ''
        if (rowspan > 1)
          pending[col + k] = Math.max(pending[col + k] ?? 0, rowspan - 1)
      }
      col += colspan
    }
    grid.push(Array.from(out, v => v ?? ''))
  }
  return grid
}

/** The table's rows as lines (its caption first): cells joined by tabs, trailing empty cells dropped, empty rows left out. */
export function tableLines(table: TreeElement): string[] {
  const lines: string[] = []
  const caption = childElements(table).find(c => c.tag === 'caption')
  if (caption && cellText(caption))
    lines.push(cellText(caption))
  for (const cells of tableGrid(table)) {
    let end = cells.length
    while (end > 0 && cells[end - 1] === '')
      end--
    if (end > 0)
      lines.push(cells.slice(0, end).join('\t'))
  }
  return lines
}
