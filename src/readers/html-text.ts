/**
 * A page's article element → lines of text (the reader contract in
 * types.ts): block elements and `<br>` end lines, inline elements flow,
 * whitespace collapses as a browser shows it, data tables become
 * tab-separated rows (html-table.ts). Tables used for page layout (holding
 * other tables, or a single cell) are read as ordinary blocks.
 */

import type { TreeElement } from './html-tree'
import { collapse, isBlock } from './html-tree'
import { isLayoutTable, tableLines } from './html-table'

/** All text under an element as written (a <pre> keeps its line breaks). */
function rawText(el: TreeElement): string {
  return el.children.map(c => (typeof c === 'string' ? c : rawText(c))).join('')
}

export function elementLines(root: TreeElement): string[] {
  const lines: string[] = []
  let current = ''
  const flush = () => {
    const t = collapse(current).trim()
    if (t)
      lines.push(t)
    current = ''
  }
  const visit = (el: TreeElement) => {
    if (el.tag === 'br') {
      flush()
      return
    }
    if (el.tag === 'table' && !isLayoutTable(el)) {
      flush()
      lines.push(...tableLines(el))
      return
    }
    if (el.tag === 'pre') {
      flush()
      for (const l of rawText(el).split(/\r\n|\r|\n/)) {
        current = l
        flush()
      }
      return
    }
    const block = isBlock(el.tag)
    if (block)
      flush()
    for (const c of el.children) {
      if (typeof c === 'string')
        current += c
      else
        visit(c)
    }
    if (block)
      flush()
  }
  visit(root)
  flush()
  return lines
}
