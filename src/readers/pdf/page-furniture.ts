/**
 * Page furniture: page numbers (-1-, — 2 —, 第1页, 第 1 页 共 5 页, 1/5) and
 * running heads or feet repeated on most pages. Only the first and last lines
 * of a page, inside its top or bottom margin, are candidates, so a number in
 * the body or a title on page one is never dropped.
 */

import type { PageBlock, PageLayout } from './layout-page'

/** A page number as printed, alone on its line. */
const PAGE_NUMBER = /^(?:[-—–－_~·•\s]*\d{1,4}[-—–－_~·•\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i
/** Digits and whitespace, ignored when comparing running heads (they carry page numbers and dates). */
const VOLATILE = /[\d\s]+/g
/** Share of the page height at the top and at the bottom where furniture sits (A4: 67 pt; body text starts lower). */
const MARGIN = 0.08
/** Lines at each end of a page that may be furniture. */
const CANDIDATES = 2

type LineBlock = Extract<PageBlock, { kind: 'line' }>

/** The line blocks at the top and bottom of a page that sit inside its margins. */
function candidates(page: PageLayout): LineBlock[] {
  const out = new Set<LineBlock>()
  const lines = page.blocks
  for (let i = 0; i < Math.min(CANDIDATES, lines.length); i++) {
    const b = lines[i]!
    if (b.kind !== 'line' || b.bottom > page.height * MARGIN)
      break
    out.add(b)
  }
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - CANDIDATES); i--) {
    const b = lines[i]!
    if (b.kind !== 'line' || b.top < page.height * (1 - MARGIN))
      break
    out.add(b)
  }
  return [...out]
}

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim())
}

/** The pages with their page numbers and running heads and feet removed. */
export function dropFurniture(pages: readonly PageLayout[]): PageLayout[] {
  const perPage = pages.map(candidates)
  const seen = new Map<string, number>()
  for (const list of perPage) {
    for (const key of new Set(list.map(b => b.line.text.replace(VOLATILE, ''))))
      seen.set(key, (seen.get(key) ?? 0) + 1)
  }
  const repeated = (b: LineBlock) => {
    const key = b.line.text.replace(VOLATILE, '')
    const count = seen.get(key) ?? 0
    return key !== '' && pages.length >= 2 && count >= 2 && count >= pages.length / 2
  }
  return pages.map((page, i) => {
    const drop = new Set(perPage[i]!.filter(b => isPageNumber(b.line.text) || repeated(b)))
    return drop.size === 0 ? page : { ...page, blocks: page.blocks.filter(b => !drop.has(b as LineBlock)) }
  })
}
