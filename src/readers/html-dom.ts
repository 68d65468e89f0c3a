/**
 * The little of the DOM the web-page reader uses, so that one code path runs
 * over a browser's DOMParser document and linkedom's (Node, Web Workers).
 * Only standard members: nodeType, nodeName, childNodes, parentNode,
 * getAttribute, textContent. The two parsers build slightly different trees
 * from broken markup (linkedom adds no implicit <tbody>, keeps stray cells),
 * so nothing here depends on a tree shape only the HTML5 algorithm makes.
 */

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3
export const CDATA_SECTION_NODE = 4

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

/** Lower-case tag name of an element ('' for other nodes). */
export function tagOf(node: Node): string {
  return node.nodeType === ELEMENT_NODE ? node.nodeName.toLowerCase() : ''
}

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE
}

export function isBlock(tag: string): boolean {
  return BLOCKS.has(tag)
}

/** Whether an element and its content are not page text (scripts, forms, hidden elements). */
export function isSkipped(el: Element): boolean {
  if (NEVER_TEXT.has(tagOf(el)))
    return true
  const style = el.getAttribute('style')
  return el.getAttribute('hidden') !== null || (style !== null && HIDDEN_STYLE.test(style))
}

/** Child elements, in order. */
export function childElements(node: Node): Element[] {
  const out: Element[] = []
  const children = node.childNodes
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!
    if (isElement(c))
      out.push(c)
  }
  return out
}

/** The first descendant element with this tag (depth first), or null. */
export function findFirst(root: Node, tag: string): Element | null {
  for (const el of childElements(root)) {
    if (tagOf(el) === tag)
      return el
    const found = findFirst(el, tag)
    if (found)
      return found
  }
  return null
}

/** Whitespace runs (incl. no-break and ideographic spaces) collapsed to one space. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00A0\u3000\u200B\uFEFF]+/g, ' ')
}

/** Visible text of a node, collapsed and trimmed (scripts, styles and hidden elements left out). */
export function textOf(node: Node): string {
  const parts: string[] = []
  const visit = (n: Node) => {
    if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_SECTION_NODE) {
      parts.push(n.textContent ?? '')
      return
    }
    if (!isElement(n) || isSkipped(n))
      return
    if (tagOf(n) === 'br' || isBlock(tagOf(n)))
      parts.push(' ')
    const children = n.childNodes
    for (let i = 0; i < children.length; i++)
      visit(children[i]!)
  }
  const children = node.childNodes
  for (let i = 0; i < children.length; i++)
    visit(children[i]!)
  return collapse(parts.join('')).trim()
}
