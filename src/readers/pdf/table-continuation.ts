/**
 * A table that a page break cut in two. When a page ends with a table and
 * the next page starts with one of the same columns, the second is the
 * first's continuation, and its first row may finish the first's last row:
 *
 * - a label cut by the break (（四）无 ⏎ 法提供) is joined back, when the part
 *   after the break does not start a label of its own (（五）…, 5.…, 三、…);
 * - a row whose label is above the break and whose numbers are below it is
 *   made one row again.
 *
 * Numbers are never moved into a row that already has numbers: a row whose
 * cells do not clearly continue stays a row of its own.
 */

import type { TableCell, TableLayout } from './layout-table'

/** Column boundaries this close (points) are the same column. */
const SAME_COLUMN = 3
/** A label that starts something: 一、 （一） (1) 1. 1、 第… */
const LABEL_START = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[.、．]|第)/
/** A cell holding a number (a value, not a label). */
const NUMERIC = /^\s*[-+]?\d[\d,.]*\s*%?\s*$/

export function sameColumns(a: TableLayout, b: TableLayout): boolean {
  return a.xs.length === b.xs.length && a.xs.every((x, i) => Math.abs(x - b.xs[i]!) <= SAME_COLUMN)
}

function cellAt(t: TableLayout, r: number, c: number): TableCell {
  return t.cells[t.cellAt[r * (t.xs.length - 1) + c]!]!
}

/** The cells of `t` whose text shows in row `r` (those starting in it), by column. */
function rowCells(t: TableLayout, r: number): Map<number, TableCell> {
  const out = new Map<number, TableCell>()
  for (let c = 0; c < t.xs.length - 1; c++) {
    const cell = cellAt(t, r, c)
    if (cell.c0 === c)
      out.set(c, cell)
  }
  return out
}

const isNumber = (s: string) => NUMERIC.test(s)

function rowHasNumbers(t: TableLayout, r: number): boolean {
  return [...rowCells(t, r).values()].some(cell => cell.r0 === r && isNumber(cell.text))
}

/**
 * Joins `next` (the top of the following page) onto `prev` where the break
 * cut a row; mutates the cells' texts of both.
 */
export function continueTable(prev: TableLayout, next: TableLayout): void {
  const cols = prev.xs.length - 1
  const lastRow = prev.ys.length - 2
  // Two rows that both have numbers are two rows; only a group label spanning rows can still be cut.
  const rowCut = !rowHasNumbers(prev, lastRow) || !rowHasNumbers(next, 0)
  // Labels cut by the break.
  for (let c = 0; c < cols; c++) {
    const above = cellAt(prev, lastRow, c)
    const below = cellAt(next, 0, c)
    if (above.c0 !== c || below.c0 !== c || above.c1 !== below.c1)
      continue
    if (above.text === '' || below.text === '' || isNumber(above.text) || isNumber(below.text) || LABEL_START.test(below.text))
      continue
    if (!rowCut && below.r1 === below.r0)
      continue
    above.text += below.text
    below.text = ''
  }
  // A row with its label above the break and its numbers below it.
  const top = rowCells(next, 0)
  const bottom = new Map<number, TableCell>()
  for (let c = 0; c < cols; c++) {
    const cell = cellAt(prev, lastRow, c)
    if (cell.c0 === c && cell.r0 === lastRow)
      bottom.set(c, cell)
  }
  const bottomHasNumbers = [...bottom.values()].some(cell => isNumber(cell.text))
  const topTexts = [...top.values()].filter(cell => cell.r0 === 0 && cell.text !== '')
  const topOnlyNumbers = topTexts.length > 0 && topTexts.every(cell => isNumber(cell.text))
  if (bottomHasNumbers || !topOnlyNumbers || bottom.size === 0)
    return
  const targets = topTexts.map(cell => ({ cell, into: bottom.get(cell.c0) }))
  if (targets.some(t => !t.into || t.into.text !== '' || t.into.c1 !== t.cell.c1))
    return
  for (const { cell, into } of targets) {
    into!.text = cell.text
    cell.text = ''
  }
}
