/**
 * Where the report is on a saved web page: the article, not the site's
 * navigation, related links, share buttons or footer. No site's class names
 * are relied on. A report has its prescribed section headings (一、总体情况 …
 * 六、其他需要报告的事项): the article is the smallest element holding the
 * most of them (when two elements hold as many, the one with more text that
 * is not links). A page without such headings falls back to text density:
 * the element with the most text that is not links, links counting against.
 */

import type { TreeElement } from './html-tree'
import { elementsInOrder, isBlock, textOf } from './html-tree'
import { isLayoutTable } from './html-table'

/** A report section heading: 一、总体情况, 三、收到和处理政府信息公开申请情况, 六．其他需要报告的事项. */
const SECTION_HEADING = /^([一二三四五六七八])\s*[、.．]\s*\S{1,24}?(?:情况|概述|问题|事项|措施)/
/** A heading is a short block; longer text starting with 一、 is a sentence. */
const MAX_HEADING_LENGTH = 40
/** Links weigh against an element by this factor in the density fallback. */
const LINK_WEIGHT = 2
/** Parts of a table, which cannot be read on their own. */
const TABLE_PARTS = new Set(['tr', 'tbody', 'thead', 'tfoot', 'caption', 'colgroup', 'col'])

function nonLink(el: TreeElement): number {
  return el.textLength - el.linkLength
}

/** Section headings (not links) and the numeral each carries. */
function findHeadings(elements: readonly TreeElement[]): [TreeElement, string][] {
  const found: [TreeElement, string][] = []
  for (const el of elements) {
    if (el.textLength === 0 || el.textLength > MAX_HEADING_LENGTH || el.linkLength > 0)
      continue
    const m = SECTION_HEADING.exec(textOf(el))
    if (m)
      found.push([el, m[1]!])
  }
  return found
}

/** The smallest element holding the most distinct section headings; null when fewer than two. */
function byHeadings(root: TreeElement, elements: readonly TreeElement[]): TreeElement | null {
  const numerals = new Map<TreeElement, Set<string>>()
  for (const [heading, numeral] of findHeadings(elements)) {
    for (let a = heading.parent; a; a = a.parent) {
      let set = numerals.get(a)
      if (!set)
        numerals.set(a, set = new Set())
      set.add(numeral)
      if (a === root)
        break
    }
  }
  const most = Math.max(0, ...[...numerals.values()].map(s => s.size))
  if (most < 2)
    return null
  const holders = new Set([...numerals].filter(([, s]) => s.size === most).map(([el]) => el))
  // Minimal holders: no other holder inside them (a holder's parent that is a holder is not minimal).
  const notMinimal = new Set([...holders].map(h => h.parent).filter((p): p is TreeElement => p !== null && holders.has(p)))
  const minimal = [...holders].filter(h => !notMinimal.has(h))
  return minimal.sort((a, b) => nonLink(b) - nonLink(a))[0] ?? null
}

/** The element with the most non-link text, links weighing against it; the deeper one on a tie. */
function byDensity(root: TreeElement, elements: readonly TreeElement[]): TreeElement {
  let best = root
  let bestScore = -Infinity
  // Document order puts ancestors first: `>=` keeps the deeper element on a tie.
  for (const el of elements) {
    const score = el.textLength - (1 + LINK_WEIGHT) * el.linkLength
    if (score >= bestScore) {
      best = el
      bestScore = score
    }
  }
  return best
}

/** Whether a table cell belongs to a table used for page layout. */
function isLayoutCell(cell: TreeElement): boolean {
  let node = cell.parent
  while (node && node.tag !== 'table')
    node = node.parent
  return node !== null && isLayoutTable(node)
}

/**
 * A chosen element widened to something readable on its own: a part of a
 * data table becomes the table, an inline element its block.
 */
function readable(el: TreeElement, root: TreeElement): TreeElement {
  let current = el
  while (current !== root && current.parent) {
    const cellOfData = (current.tag === 'td' || current.tag === 'th') && !isLayoutCell(current)
    if (!TABLE_PARTS.has(current.tag) && !cellOfData && isBlock(current.tag))
      break
    current = current.parent
  }
  return current
}

/** The element holding the report on this page (the page's body when nothing better is found). */
export function findArticle(body: TreeElement): TreeElement {
  const elements = elementsInOrder(body)
  return readable(byHeadings(body, elements) ?? byDensity(body, elements), body)
}
