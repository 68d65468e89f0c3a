/**
 * A grid and the items inside it → a table: each merged cell's text (its
 * lines joined: a label or value that wraps is one cell), then one row per
 * atomic row band. A cell spanning several rows (a group label such as
 * （三）不予公开 or the vertical 三、本年度办理结果) gives its text to the first
 * row it spans and an empty cell to the others, so the rows beside it keep
 * their own labels and values in their own columns.
 */

import type { Grid, GridCell } from './layout-grid'
import type { PdfItem } from './types'
import { cellIndexAt } from './layout-grid'
import { layoutLines } from './layout-lines'

export interface TableCell extends GridCell {
  text: string
}

export interface TableLayout {
  xs: number[]
  ys: number[]
  cells: TableCell[]
  /** Index into `cells` of each atomic cell, row-major. */
  cellAt: Int32Array
}

/** Latin letters or digits on both sides of a wrap: the words need a space between them. */
const LATIN_END = /[A-Za-z]$/
const LATIN_START = /^[A-Za-z]/

/** A cell's lines joined back into one string. */
export function joinCellLines(lines: readonly string[]): string {
  let text = ''
  for (const line of lines) {
    if (line === '')
      continue
    text += text !== '' && LATIN_END.test(text) && LATIN_START.test(line) ? ` ${line}` : line
  }
  return text
}

/** The items inside `grid` (by their centre), and the items outside it. */
export function splitByGrid(grid: Grid, items: readonly PdfItem[]): { inside: PdfItem[][], outside: PdfItem[] } {
  const inside: PdfItem[][] = grid.cells.map(() => [])
  const outside: PdfItem[] = []
  for (const item of items) {
    const k = cellIndexAt(grid, item.x + item.width / 2, item.y + item.height / 2)
    if (k < 0)
      outside.push(item)
    else
      inside[k]!.push(item)
  }
  return { inside, outside }
}

export function buildTable(grid: Grid, cellItems: readonly PdfItem[][]): TableLayout {
  const cells = grid.cells.map((cell, k) => ({
    ...cell,
    text: joinCellLines(layoutLines(cellItems[k] ?? [], false).map(l => l.text)),
  }))
  return { xs: grid.xs, ys: grid.ys, cells, cellAt: grid.cellAt }
}

/** The table's rows as text lines: cells in column order, tab-separated; rows with no text are left out. */
export function renderTable(table: TableLayout): { text: string, top: number, bottom: number }[] {
  const cols = table.xs.length - 1
  const rows = table.ys.length - 1
  const out: { text: string, top: number, bottom: number }[] = []
  for (let r = 0; r < rows; r++) {
    const texts: string[] = []
    for (let c = 0; c < cols; c++) {
      const cell = table.cells[table.cellAt[r * cols + c]!]!
      if (cell.c0 !== c)
        continue
      texts.push(cell.r0 === r ? cell.text : '')
    }
    if (texts.some(t => t !== ''))
      out.push({ text: texts.join('\t'), top: table.ys[r]!, bottom: table.ys[r + 1]! })
  }
  return out
}
