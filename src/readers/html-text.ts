/**
 * A page's article element → lines of text (the reader contract in
 * types.ts): block elements and `<br>` end lines, inline elements flow,
 * whitespace collapses as a browser shows it, data tables become
 * tab-separated rows (html-table.ts). Tables used for page layout (holding
 * other tables, or a single cell) are read as ordinary blocks.
 */

import { CDATA_SECTION_NODE, collapse, isBlock, isElement, isSkipped, tagOf, TEXT_NODE } from './html-dom'
import { isLayoutTable, tableLines } from './html-table'

/** Nesting beyond this is not a page but a broken file; deeper content is read as flat text. */
const MAX_DEPTH = 400

export function elementLines(root: Node): string[] {
  const lines: string[] = []
  let current = ''
  const flush = () => {
    const t = collapse(current).trim()
    if (t)
      lines.push(t)
    current = ''
  }
  const visit = (node: Node, depth: number) => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      current += node.textContent ?? ''
      return
    }
    if (!isElement(node) || isSkipped(node))
      return
    const tag = tagOf(node)
    if (tag === 'br') {
      flush()
      return
    }
    if (tag === 'table' && !isLayoutTable(node)) {
      flush()
      lines.push(...tableLines(node))
      return
    }
    if (tag === 'pre') {
      flush()
      for (const l of (node.textContent ?? '').split(/\r\n|\r|\n/)) {
        current = l
        flush()
      }
      return
    }
    const block = isBlock(tag)
    if (block)
      flush()
    if (depth >= MAX_DEPTH) {
      current += node.textContent ?? ''
    }
    else {
      const children = node.childNodes
      for (let i = 0; i < children.length; i++)
        visit(children[i]!, depth + 1)
    }
    if (block)
      flush()
  }
  visit(root, 0)
  flush()
  return lines
}
