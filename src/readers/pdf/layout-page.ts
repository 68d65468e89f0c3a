/**
 * One page → blocks in reading order: tables (from the page's ruling lines)
 * and the lines of text around them. Text outside any ruled table is read
 * line by line; a wide gap inside such a line is a tab (a table drawn
 * without borders keeps its columns apart).
 */

import type { TextLine } from './layout-lines'
import type { TableLayout } from './layout-table'
import type { PdfPage } from './types'
import { findGrids } from './layout-grid'
import { layoutLines } from './layout-lines'
import { buildTable, splitByGrid } from './layout-table'

export type PageBlock
  = | { kind: 'line', top: number, bottom: number, line: TextLine }
    | { kind: 'table', top: number, bottom: number, table: TableLayout }

export interface PageLayout {
  width: number
  height: number
  blocks: PageBlock[]
}

/** A grid holding no text at all is a drawing (a frame, an underline box), not a table. */
function hasText(items: readonly unknown[][]): boolean {
  return items.some(list => list.length > 0)
}

export function layoutPage(page: PdfPage): PageLayout {
  let rest = page.items
  const blocks: PageBlock[] = []
  for (const grid of findGrids(page.rules)) {
    const { inside, outside } = splitByGrid(grid, rest)
    if (!hasText(inside))
      continue
    rest = outside
    blocks.push({ kind: 'table', top: grid.ys[0]!, bottom: grid.ys[grid.ys.length - 1]!, table: buildTable(grid, inside) })
  }
  for (const line of layoutLines(rest))
    blocks.push({ kind: 'line', top: line.top, bottom: line.bottom, line })
  blocks.sort((a, b) => a.top - b.top)
  return { width: page.width, height: page.height, blocks }
}
