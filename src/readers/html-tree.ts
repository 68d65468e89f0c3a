/**
 * A parsed page copied once into plain objects, which the rest of the
 * web-page reader works on. The copy reads only standard DOM members
 * (nodeType, nodeName, childNodes, getAttribute, textContent), so one code
 * path serves a browser's DOMParser document and linkedom's (Node, Web
 * Workers); it is also much faster to walk than linkedom's live nodes, and
 * it leaves out at once what is never page text: scripts, styles, forms,
 * hidden elements. The two parsers build slightly different trees from
 * broken markup (linkedom adds no implicit <tbody>, keeps stray cells), so
 * nothing downstream depends on a shape only the HTML5 algorithm makes.
 */

const ELEMENT_NODE = 1
const TEXT_NODE = 3
const CDATA_SECTION_NODE = 4

/** Elements whose content is never page text. */
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'select', 'option', 'button', 'input', 'textarea', 'map', 'audio', 'video', 'meta', 'link',
])
/** Elements that start a new line of text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul', 'caption',
])
/** `style="display:none"`, `visibility:hidden`. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i
/** Whitespace runs, incl. no-break, ideographic and zero-width spaces. */
const SPACES = /[\s\u00A0\u3000\u200B\uFEFF]+/g
/** Nesting beyond this is not a page but a broken file: deeper content is kept as flat text. */
const MAX_DEPTH = 400

export interface TreeElement {
  tag: string
  /** Child elements and text (text as written, whitespace not yet collapsed). */
  children: TreeNode[]
  parent: TreeElement | null
  /** The attributes the reader uses. */
  colspan: string | null
  rowspan: string | null
  href: string | null
  /** Characters of visible text below (whitespace runs count as one), and of those inside links. */
  textLength: number
  linkLength: number
}
export type TreeNode = TreeElement | string

export interface PageTree {
  /** The page's <body> (its root element when it has none). */
  body: TreeElement
  /** The text of the page's <title>, collapsed; null when none. */
  title: string | null
}

export function collapse(text: string): string {
  return text.replace(SPACES, ' ')
}

export function isBlock(tag: string): boolean {
  return BLOCKS.has(tag)
}

function tagName(node: Node): string {
  return node.nodeName.toLowerCase()
}

function hidden(el: Element): boolean {
  const style = el.getAttribute('style')
  return el.getAttribute('hidden') !== null || (style !== null && HIDDEN_STYLE.test(style))
}

function textLength(s: string): number {
  return collapse(s).trim().length
}

function copy(el: Element, parent: TreeElement | null, inLink: boolean, depth: number): TreeElement {
  const tag = tagName(el)
  const out: TreeElement = { tag, children: [], parent, colspan: el.getAttribute('colspan'), rowspan: el.getAttribute('rowspan'), href: tag === 'a' ? el.getAttribute('href') : null, textLength: 0, linkLength: 0 }
  const link = inLink || tag === 'a'
  const addText = (text: string) => {
    out.children.push(text)
    const n = textLength(text)
    out.textLength += n
    if (link)
      out.linkLength += n
  }
  if (depth >= MAX_DEPTH) {
    addText(el.textContent ?? '')
    return out
  }
  const children = el.childNodes
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!
    if (c.nodeType === TEXT_NODE || c.nodeType === CDATA_SECTION_NODE) {
      addText(c.textContent ?? '')
    }
    else if (c.nodeType === ELEMENT_NODE) {
      const child = c as Element
      if (NEVER_TEXT.has(tagName(child)) || hidden(child))
        continue
      const copied = copy(child, out, link, depth + 1)
      out.children.push(copied)
      out.textLength += copied.textLength
      out.linkLength += copied.linkLength
    }
  }
  return out
}

/** The first element with this tag in document order (depth first), or null. */
function findElement(root: Node, tag: string): Element | null {
  const children = root.childNodes
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!
    if (c.nodeType !== ELEMENT_NODE)
      continue
    if (tagName(c) === tag)
      return c as Element
    const found = findElement(c, tag)
    if (found)
      return found
  }
  return null
}

/** The page as plain objects: its body's visible content and its title. */
export function pageTree(doc: Document): PageTree {
  const titleEl = findElement(doc, 'title')
  const title = titleEl ? collapse(titleEl.textContent ?? '').trim() || null : null
  const bodyEl = doc.body ?? findElement(doc, 'body') ?? doc.documentElement
  const body = bodyEl
    ? copy(bodyEl, null, false, 0)
    : { tag: 'body', children: [], parent: null, colspan: null, rowspan: null, href: null, textLength: 0, linkLength: 0 }
  return { body, title }
}

/** Child elements, in order. */
export function childElements(el: TreeElement): TreeElement[] {
  return el.children.filter((c): c is TreeElement => typeof c !== 'string')
}

/** Every element under `root` (itself first), in document order. */
export function elementsInOrder(root: TreeElement): TreeElement[] {
  const out: TreeElement[] = []
  const stack: TreeElement[] = [root]
  while (stack.length > 0) {
    const el = stack.pop()!
    out.push(el)
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!
      if (typeof c !== 'string')
        stack.push(c)
    }
  }
  return out
}

/** Whether `node` is `container` or inside it. */
export function contains(container: TreeElement, node: TreeElement): boolean {
  for (let n: TreeElement | null = node; n; n = n.parent) {
    if (n === container)
      return true
  }
  return false
}

const TEXT_CACHE = new WeakMap<TreeElement, string>()

/** Visible text of an element on one line: collapsed, blocks and <br> as spaces. */
export function textOf(el: TreeElement): string {
  let cached = TEXT_CACHE.get(el)
  if (cached === undefined) {
    const parts: string[] = []
    const visit = (node: TreeElement) => {
      for (const c of node.children) {
        if (typeof c === 'string') {
          parts.push(c)
        }
        else {
          const spaced = c.tag === 'br' || isBlock(c.tag)
          if (spaced)
            parts.push(' ')
          visit(c)
          if (spaced)
            parts.push(' ')
        }
      }
    }
    visit(el)
    cached = collapse(parts.join('')).trim()
    TEXT_CACHE.set(el, cached)
  }
  return cached
}

/** Trimmed, non-empty text pieces under an element, in order. */
export function textPieces(el: TreeElement): string[] {
  const out: string[] = []
  for (const c of el.children) {
    if (typeof c === 'string') {
      const t = collapse(c).trim()
      if (t)
        out.push(t)
    }
    else {
      out.push(...textPieces(c))
    }
  }
  return out
}
