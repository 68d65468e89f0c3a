/**
 * Where the report is on a saved web page: the article, not the site's
 * navigation, related links, share buttons or footer. No site's class names
 * are relied on. A report has its prescribed section headings (一、总体情况 …
 * 六、其他需要报告的事项): the article is the smallest element holding the
 * most of them (when two elements hold as many, the one with more text that
 * is not links). A page without such headings falls back to text density:
 * the element with the most text that is not links, links counting against.
 */

import { collapse, isBlock, isElement, isSkipped, tagOf, TEXT_NODE } from './html-dom'
import { isLayoutTable } from './html-table'

/** A report section heading: 一、总体情况, 三、收到和处理政府信息公开申请情况, 六．其他需要报告的事项. */
const SECTION_HEADING = /^([一二三四五六七八])\s*[、.．]\s*\S{1,24}?(?:情况|概述|问题|事项|措施)/
/** A heading is a short block; longer text starting with 一、 is a sentence. */
const MAX_HEADING_LENGTH = 40
/** Links weigh against an element by this factor in the density fallback. */
const LINK_WEIGHT = 2

interface Stats {
  /** Characters of visible text (whitespace runs count as one). */
  text: number
  /** Of which inside links. */
  link: number
}

function textLength(s: string): number {
  return collapse(s).trim().length
}

/** Text and link lengths of every element, in one pass. */
function measure(root: Element): Map<Element, Stats> {
  const stats = new Map<Element, Stats>()
  const visit = (el: Element, inLink: boolean): Stats => {
    const own: Stats = { text: 0, link: 0 }
    const link = inLink || tagOf(el) === 'a'
    const children = el.childNodes
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!
      if (c.nodeType === TEXT_NODE) {
        const n = textLength(c.textContent ?? '')
        own.text += n
        if (link)
          own.link += n
      }
      else if (isElement(c) && !isSkipped(c)) {
        const s = visit(c, link)
        own.text += s.text
        own.link += s.link
      }
    }
    stats.set(el, own)
    return own
  }
  visit(root, false)
  return stats
}

/** Section headings (not links) and the numeral each carries. */
function findHeadings(root: Element, stats: Map<Element, Stats>): [Element, string][] {
  const found: [Element, string][] = []
  for (const [el, s] of stats) {
    if (s.text === 0 || s.text > MAX_HEADING_LENGTH || s.link > 0 || el === root)
      continue
    const m = SECTION_HEADING.exec(collapse(el.textContent ?? '').trim())
    if (m)
      found.push([el, m[1]!])
  }
  return found
}

function ancestors(el: Element, root: Element): Element[] {
  const out: Element[] = []
  let node: Node | null = el.parentNode
  while (node && isElement(node)) {
    out.push(node)
    if (node === root)
      break
    node = node.parentNode
  }
  return out
}

/** The smallest element holding the most distinct section headings; null when fewer than two. */
function byHeadings(root: Element, stats: Map<Element, Stats>): Element | null {
  const numerals = new Map<Element, Set<string>>()
  for (const [heading, numeral] of findHeadings(root, stats)) {
    for (const a of ancestors(heading, root)) {
      let set = numerals.get(a)
      if (!set)
        numerals.set(a, set = new Set())
      set.add(numeral)
    }
  }
  const most = Math.max(0, ...[...numerals.values()].map(s => s.size))
  if (most < 2)
    return null
  const holders = [...numerals].filter(([, s]) => s.size === most).map(([el]) => el)
  const holderSet = new Set(holders)
  // Minimal holders: no other holder inside them.
  const minimal = holders.filter(el => !holders.some(other => other !== el && ancestors(other, root).includes(el) && holderSet.has(other)))
  return minimal.sort((a, b) => nonLink(stats, b) - nonLink(stats, a))[0] ?? null
}

function nonLink(stats: Map<Element, Stats>, el: Element): number {
  const s = stats.get(el)
  return s ? s.text - s.link : 0
}

/** The element with the most non-link text, links weighing against it; the deeper one on a tie (children are measured first). */
function byDensity(root: Element, stats: Map<Element, Stats>): Element {
  let best = root
  let bestScore = -Infinity
  for (const [el, s] of stats) {
    const score = s.text - (1 + LINK_WEIGHT) * s.link
    if (score > bestScore) {
      best = el
      bestScore = score
    }
  }
  return best
}

/** Parts of a table, which cannot be read on their own. */
const TABLE_PARTS = new Set(['tr', 'tbody', 'thead', 'tfoot', 'caption', 'colgroup', 'col'])

/**
 * A chosen element widened to something readable on its own: a part of a
 * data table becomes the table, an inline element its block.
 */
function readable(el: Element, root: Element): Element {
  let current = el
  while (current !== root && current.parentNode && isElement(current.parentNode)) {
    const tag = tagOf(current)
    const cellOfData = (tag === 'td' || tag === 'th') && !isLayoutCell(current)
    if (!TABLE_PARTS.has(tag) && !cellOfData && isBlock(tag))
      break
    current = current.parentNode
  }
  return current
}

/** Whether a table cell belongs to a table used for page layout. */
function isLayoutCell(cell: Element): boolean {
  let node: Node | null = cell.parentNode
  while (node && isElement(node) && tagOf(node) !== 'table')
    node = node.parentNode
  return node !== null && isElement(node) && isLayoutTable(node)
}

/** The element holding the report on this page (the page's body when nothing better is found). */
export function findArticle(doc: Document): Element {
  const root = doc.body ?? doc.documentElement
  if (!root)
    return doc as unknown as Element
  const stats = measure(root)
  return readable(byHeadings(root, stats) ?? byDensity(root, stats), root)
}

/** Whether `el` is `container` or inside it. */
export function isInside(el: Node, container: Element): boolean {
  let node: Node | null = el
  while (node) {
    if (node === container)
      return true
    node = node.parentNode
  }
  return false
}
