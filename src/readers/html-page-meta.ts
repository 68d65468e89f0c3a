/**
 * What a web page says about its article outside the article itself, as
 * lines for the top of the text (reader contract, types.ts): the page
 * `<title>`, the breadcrumb (当前位置：首页 > … ), the 发布时间/发布日期/来源
 * line, and the article's heading when it stands outside the article. Each
 * line is the page's own wording; the parser's metadata pass decides what
 * they mean (src/parser/metadata.ts).
 */

import { collapse, findFirst, isElement, isSkipped, tagOf, TEXT_NODE, textOf } from './html-dom'

/** A breadcrumb's label: 当前位置：, 您现在的位置: … */
const BREADCRUMB_LABEL = /^(?:您?(?:现在|当前)?的?(?:所在)?位置|当前位置|所在位置)\s*[:：]/
/** A breadcrumb without a label: 首页 > 信息公开 > … */
const BREADCRUMB_BARE = /^(?:首页|网站首页|主页)\s*(?:[>»›/]|&gt;)/
/** Separators between breadcrumb items. */
const CRUMB_SEPARATOR = /^(?:[>»›/\\|→-]|&gt;|>>)+$/
/** A page metadata segment: 发布时间：2024-01-22, 发布日期: 2024年1月22日, 来源：县政府办 (not 更新时间, not 浏览次数). */
const META_SEGMENT = /(?:(?<!更新|修改|归档|截止|统计)(?:发布|发表|发文|成文|公开|印发)?(?:时间|日期)\s*[:：]\s*(?:\d{4}|[〇○零一二]{4})|(?:信息)?来源\s*[:：]|发布机构\s*[:：]|作者\s*[:：])/
/** A label standing alone in its own element, its value in the next one: `<td>发布日期：</td><td>2024-01-22</td>`. */
const BARE_LABEL = /(?:时间|日期|来源|发布机构|作者)\s*[:：]\s*$/
/** Page furniture that shares the metadata line: view counters, font size, print, close, share. */
const FURNITURE = /\s*(?:(?:浏览|访问|点击|阅读)(?:次数|量|数)?\s*[:：]\s*\S*|【?\s*字[号体]\s*[:：]?\s*[大中小\s]*】?|【?\s*(?:打印|关闭)(?:本页|窗口)?\s*】?|分享到?\s*[:：]?)/g
/** Longest text a metadata block can have (longer is an article paragraph). */
const MAX_META_BLOCK = 240
/** A heading names a report; between these lengths. */
const HEADING_WORDS = /报告|年报/
const HEADING_LENGTH = { min: 6, max: 100 }

/** Elements in document order (skipping scripts, styles, hidden elements). */
function elementsInOrder(root: Element): Element[] {
  const out: Element[] = []
  const visit = (el: Element) => {
    out.push(el)
    const children = el.childNodes
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!
      if (isElement(c) && !isSkipped(c))
        visit(c)
    }
  }
  visit(root)
  return out
}

/** Trimmed text nodes under an element, in order. */
function leaves(el: Element): string[] {
  const out: string[] = []
  const visit = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      const t = collapse(node.textContent ?? '').trim()
      if (t)
        out.push(t)
      return
    }
    if (!isElement(node) || isSkipped(node))
      return
    const children = node.childNodes
    for (let i = 0; i < children.length; i++)
      visit(children[i]!)
  }
  visit(el)
  return out
}

function contains(container: Node, node: Node): boolean {
  let n: Node | null = node
  while (n) {
    if (n === container)
      return true
    n = n.parentNode
  }
  return false
}

function titleLine(doc: Document): string | null {
  const title = findFirst(doc.documentElement ?? doc, 'title')
  const text = title ? collapse(title.textContent ?? '').trim() : ''
  return text || null
}

function breadcrumb(elements: readonly Element[]): { line: string, el: Element } | null {
  let best: { text: string, el: Element } | null = null
  for (const el of elements) {
    const text = textOf(el)
    const label = BREADCRUMB_LABEL.exec(text)
    const usable = (label ? text.length > label[0].length + 1 : BREADCRUMB_BARE.test(text)) && text.length <= MAX_META_BLOCK
    if (usable && (!best || text.length <= best.text.length))
      best = { text, el }
  }
  if (!best)
    return null
  const items = leaves(best.el).filter(l => !CRUMB_SEPARATOR.test(l))
  const label = BREADCRUMB_LABEL.exec(items[0] ?? '')
  if (label && items[0]!.length === label[0].length)
    return { line: `${items[0]}${items.slice(1).join(' > ')}`, el: best.el }
  return { line: items.join(' > '), el: best.el }
}

/** The 发布时间/来源 segments of a block, furniture removed. */
function metaSegments(el: Element): string[] {
  const kept: string[] = []
  let expectValue = false
  for (const leaf of leaves(el)) {
    if (META_SEGMENT.test(leaf) || (BARE_LABEL.test(leaf) && leaf.length <= 8)) {
      kept.push(leaf.replace(FURNITURE, ' ').trim())
      expectValue = BARE_LABEL.test(leaf)
    }
    else if (expectValue) {
      kept[kept.length - 1] += leaf
      expectValue = false
    }
  }
  return kept.filter(k => META_SEGMENT.test(k) && !BARE_LABEL.test(k))
}

/** The blocks holding 发布时间/来源 outside the article: the widest ancestor still short enough to be a metadata block. */
function metaLines(elements: readonly Element[], article: Element): string[] {
  const lines: string[] = []
  const used = new Set<Element>()
  for (const el of elements) {
    if (contains(article, el) || contains(el, article))
      continue
    const text = textOf(el)
    if (text.length > MAX_META_BLOCK || !META_SEGMENT.test(text))
      continue
    let block = el
    while (block.parentNode && isElement(block.parentNode) && !contains(block.parentNode, article) && textOf(block.parentNode).length <= MAX_META_BLOCK)
      block = block.parentNode
    if (used.has(block))
      continue
    used.add(block)
    const line = metaSegments(block).join('  ')
    if (line && !lines.includes(line))
      lines.push(line)
  }
  return lines
}

/** The report's heading when it stands before the article, outside it (the last such before the article). */
function outsideHeading(elements: readonly Element[], article: Element, exclude: readonly Element[]): string | null {
  let heading: string | null = null
  for (const el of elements) {
    if (el === article)
      break
    if (contains(el, article) || exclude.some(x => contains(x, el)) || tagOf(el) === 'a')
      continue
    const text = textOf(el)
    if (text.length < HEADING_LENGTH.min || text.length > HEADING_LENGTH.max || !HEADING_WORDS.test(text))
      continue
    if (BREADCRUMB_LABEL.test(text) || META_SEGMENT.test(text) || elementsInOrder(el).some(c => tagOf(c) === 'a'))
      continue
    heading = text
  }
  return heading
}

/** Metadata lines for the top of the page's text. */
export function pageMetaLines(doc: Document, article: Element): string[] {
  const root = doc.body ?? doc.documentElement
  const lines: string[] = []
  const title = titleLine(doc)
  if (title)
    lines.push(title)
  if (!root)
    return lines
  const elements = elementsInOrder(root)
  const outside = elements.filter(el => !contains(article, el))
  const crumb = breadcrumb(outside)
  if (crumb)
    lines.push(crumb.line)
  lines.push(...metaLines(outside, article))
  const heading = outsideHeading(elements, article, crumb ? [crumb.el] : [])
  if (heading && heading !== title)
    lines.push(heading)
  return lines
}
