/**
 * Many sites publish the report as an attachment (PDF, Word, OFD) and put
 * only a line of text, or a viewer, on the page. When the page's text holds
 * no report sections but links to such files, the reader says which, so the
 * reviewer downloads and imports the attachment instead.
 */

import type { TreeElement } from './html-tree'
import { elementsInOrder, textOf } from './html-tree'

/** A link to a document file: …/P020240125.pdf, report.docx?id=3. */
const DOCUMENT_LINK = /\.(?:pdf|docx?|wps|ofd)(?:$|[?#])/i
/** A report section heading at the start of a line: 一、总体情况. */
const SECTION_LINE = /^\s*([一二三四五六])\s*[、.．]/
/** How many attachments a check names. */
const MAX_NAMED = 3

/** The document files a page links to (link text, else the file's name), when its text holds fewer than two report sections. */
export function attachmentOnly(body: TreeElement, lines: readonly string[]): string[] {
  const sections = new Set(lines.map(l => SECTION_LINE.exec(l)?.[1]).filter(Boolean))
  if (sections.size >= 2)
    return []
  const names: string[] = []
  for (const el of elementsInOrder(body)) {
    if (el.tag !== 'a' || !el.href || !DOCUMENT_LINK.test(el.href))
      continue
    const name = textOf(el) || decodeURIComponent(el.href.split(/[?#]/)[0]!.split('/').pop() ?? '')
    if (name && !names.includes(name))
      names.push(name)
  }
  return names.slice(0, MAX_NAMED)
}
