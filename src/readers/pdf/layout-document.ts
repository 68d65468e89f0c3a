/**
 * Pages → the document's text (the contract of ../types.ts). Per page:
 * tables and lines (./layout-page.ts); then, over the whole document: page
 * numbers and running heads dropped (./page-furniture.ts), a table cut by a
 * page break made whole again (./table-continuation.ts), and paragraphs
 * rebuilt — a line that runs to the right margin continues on the next line
 * when that one starts at the left margin (Chinese paragraphs open with an
 * indent), across page breaks too. Each paragraph and each table row is one
 * line of the output.
 */

import type { TextLine } from './layout-lines'
import type { PageLayout } from './layout-page'
import type { PdfPage } from './types'
import { layoutPage } from './layout-page'
import { renderTable } from './layout-table'
import { dropFurniture } from './page-furniture'
import { continueTable, sameColumns } from './table-continuation'

export interface DocumentLayout {
  text: string
  /** 1-based numbers of the pages with no text at all (scanned images). */
  emptyPages: number[]
}

/** A line this close (in ems) to the right margin runs on. */
const RUN_ON = 2
/** A line starting within this many ems of the left margin is not indented. */
const NO_INDENT = 0.5
/** Lines this many ems apart vertically are not one paragraph (same page). */
const MAX_LEADING = 1.2
/** Lines with fewer characters do not tell where the margins are. */
const MARGIN_SAMPLE = 10
/** Font sizes this close (share of the size) are the same text style. */
const SAME_SIZE = 0.15

/** A Latin letter at both sides of a join: a wrapped English word boundary. */
const LATIN_END = /[A-Za-z]$/
const LATIN_START = /^[A-Za-z]/

interface Margins { left: number, right: number }

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0
}

/** The body text's left and right margins, from its longer lines. */
function findMargins(pages: readonly PageLayout[]): Margins | null {
  const lines = pages.flatMap(p => p.blocks.flatMap(b => (b.kind === 'line' && b.line.text.length >= MARGIN_SAMPLE && !b.line.text.includes('\t') ? [b.line] : [])))
  if (lines.length === 0)
    return null
  return { left: percentile(lines.map(l => l.x), 0.1), right: percentile(lines.map(l => l.right), 0.9) }
}

function runsOn(prev: TextLine, next: TextLine, samePage: boolean, margins: Margins): boolean {
  const em = prev.size
  if (prev.text.includes('\t') || next.text.includes('\t'))
    return false
  if (Math.abs(prev.size - next.size) > SAME_SIZE * em)
    return false
  if (prev.right < margins.right - RUN_ON * em || next.x > margins.left + NO_INDENT * em)
    return false
  return !samePage || next.top - prev.bottom <= MAX_LEADING * em
}

function joinParagraph(text: string, more: string): string {
  return LATIN_END.test(text) && LATIN_START.test(more) ? `${text} ${more}` : text + more
}

/** Tables continued across a page break are made whole (mutates the tables' cells). */
function joinBrokenTables(pages: readonly PageLayout[]): void {
  for (let i = 1; i < pages.length; i++) {
    const prev = pages[i - 1]!.blocks.at(-1)
    const next = pages[i]!.blocks[0]
    if (prev?.kind === 'table' && next?.kind === 'table' && sameColumns(prev.table, next.table))
      continueTable(prev.table, next.table)
  }
}

export function layoutDocument(pages: readonly PdfPage[]): DocumentLayout {
  const emptyPages = pages.flatMap((p, i) => (p.items.some(item => item.text.trim() !== '') ? [] : [i + 1]))
  const layouts = dropFurniture(pages.map(layoutPage))
  joinBrokenTables(layouts)
  const margins = findMargins(layouts)

  const out: string[] = []
  let open: TextLine | null = null
  let openPage = -1
  layouts.forEach((page, p) => {
    for (const block of page.blocks) {
      if (block.kind === 'table') {
        open = null
        for (const row of renderTable(block.table))
          out.push(row.text)
        continue
      }
      const line = block.line
      if (line.text === '')
        continue
      if (open && margins && runsOn(open, line, openPage === p, margins))
        out[out.length - 1] = joinParagraph(out[out.length - 1]!, line.text)
      else
        out.push(line.text)
      open = line
      openPage = p
    }
  })
  return { text: out.length === 0 ? '' : `${out.join('\n')}\n`, emptyPages }
}
