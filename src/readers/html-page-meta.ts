/**
 * What a web page says about its article outside the article itself, as
 * lines for the top of the text (reader contract, types.ts): the page
 * `<title>`, the breadcrumb (当前位置：首页 > … ), the 发布时间/发布日期/来源
 * line, and the article's heading when it stands outside the article. Each
 * line is the page's own wording; the parser's metadata pass decides what
 * they mean (src/parser/metadata.ts).
 */

import type { PageTree, TreeElement } from './html-tree'
import { contains, elementsInOrder, textOf, textPieces } from './html-tree'

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

function breadcrumb(elements: readonly TreeElement[]): { line: string, el: TreeElement } | null {
  let best: { text: string, el: TreeElement } | null = null
  for (const el of elements) {
    if (el.textLength > MAX_META_BLOCK || el.textLength === 0)
      continue
    const text = textOf(el)
    const label = BREADCRUMB_LABEL.exec(text)
    const usable = (label ? text.length > label[0].length + 1 : BREADCRUMB_BARE.test(text)) && text.length <= MAX_META_BLOCK
    if (usable && (!best || text.length <= best.text.length))
      best = { text, el }
  }
  if (!best)
    return null
  const items = textPieces(best.el).filter(l => !CRUMB_SEPARATOR.test(l))
  const label = BREADCRUMB_LABEL.exec(items[0] ?? '')
  if (label && items[0]!.length === label[0].length)
    return { line: `${items[0]}${items.slice(1).join(' > ')}`, el: best.el }
  return { line: items.join(' > '), el: best.el }
}

/** The 发布时间/来源 segments of a block, furniture removed. */
function metaSegments(el: TreeElement): string[] {
  const kept: string[] = []
  let expectValue = false
  for (const leaf of textPieces(el)) {
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
function metaLines(elements: readonly TreeElement[], article: TreeElement): string[] {
  const lines: string[] = []
  const used = new Set<TreeElement>()
  for (const el of elements) {
    if (el.textLength > MAX_META_BLOCK || el.textLength === 0 || contains(article, el) || contains(el, article))
      continue
    const text = textOf(el)
    if (text.length > MAX_META_BLOCK || !META_SEGMENT.test(text))
      continue
    let block = el
    while (block.parent && !contains(block.parent, article) && textOf(block.parent).length <= MAX_META_BLOCK)
      block = block.parent
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
function outsideHeading(elements: readonly TreeElement[], article: TreeElement, exclude: readonly TreeElement[]): string | null {
  let heading: string | null = null
  for (const el of elements) {
    if (el === article)
      break
    if (el.textLength < HEADING_LENGTH.min || el.textLength > HEADING_LENGTH.max || el.linkLength > 0 || contains(el, article) || exclude.some(x => contains(x, el)))
      continue
    const text = textOf(el)
    if (text.length < HEADING_LENGTH.min || text.length > HEADING_LENGTH.max || !HEADING_WORDS.test(text))
      continue
    if (BREADCRUMB_LABEL.test(text) || META_SEGMENT.test(text))
      continue
    heading = text
  }
  return heading
}

/** Metadata lines for the top of the page's text. */
export function pageMetaLines(page: PageTree, article: TreeElement): string[] {
  const lines: string[] = []
  if (page.title)
    lines.push(page.title)
  const elements = elementsInOrder(page.body)
  const outside = elements.filter(el => !contains(article, el))
  const crumb = breadcrumb(outside)
  if (crumb)
    lines.push(crumb.line)
  lines.push(...metaLines(outside, article))
  const heading = outsideHeading(elements, article, crumb ? [crumb.el] : [])
  if (heading && heading !== page.title)
    lines.push(heading)
  return lines
}
