/**
 * Pass 4a: running text → paragraphs → sentences. PDF conversion breaks
 * sentences at page ends (`…编制并公布《盐池县` ⏎⏎ `行政许可事项清单…`), so a
 * long line that does not end a sentence is joined with the next text line.
 */

import type { Line } from './normalize'

export interface Sentence {
  /** Folded text (rules match here). */
  norm: string
  /** Displayed text, same length (evidence is cut from here). */
  display: string
  /** Paragraph index, for carrying a topic from one sentence to the next. */
  paragraph: number
  /** Source line of each character offset's segment: [offset, line] pairs, ascending. */
  lineAt: (offset: number) => number
  /** First and last source line. */
  line: number
  endLine: number
}

/** A line that ends a sentence or a heading: no join across it. */
const SENTENCE_END = /[。！？!?；;：:]\s*$/
/** Short lines are headings or captions, not page-broken prose. */
const MIN_JOIN_LENGTH = 25
/** Lines that start something new: section and sub-section headings, list items. */
const STARTS_BLOCK = /^\s*(?:[一二三四五六七八九十]+\s*[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+\s*[.、]\s*\S)/
/** Sentence delimiters (the delimiter stays with its sentence). */
const SENTENCE_SPLIT = /[^。！？!?；;]*[。！？!?；;]?/g

interface Segment { offset: number, line: number }

function makeLineAt(segments: readonly Segment[]): (offset: number) => number {
  return (offset) => {
    // Binary search for the last segment starting at or before `offset`.
    let lo = 0
    let hi = segments.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (segments[mid]!.offset <= offset)
        lo = mid
      else
        hi = mid - 1
    }
    return segments[lo]?.line ?? 1
  }
}

/**
 * Sentences of the prose lines. `isProse(line)` decides which lines are text
 * (table rows and blank lines are not).
 */
export function toSentences(lines: readonly Line[], isProse: (line: Line) => boolean): Sentence[] {
  const paragraphs: { norm: string, display: string, segments: Segment[] }[] = []
  let current: { norm: string, display: string, segments: Segment[] } | null = null
  let open = false

  for (const line of lines) {
    if (!isProse(line)) {
      // A blank line may be a page break inside a sentence; a table row never is.
      if (line.norm.trim() !== '' || !open)
        current = null
      continue
    }
    const display = line.display.trim()
    const lead = line.display.length - line.display.trimStart().length
    const norm = line.norm.slice(lead, lead + display.length)
    if (!current || !open || STARTS_BLOCK.test(norm)) {
      current = { norm: '', display: '', segments: [] }
      paragraphs.push(current)
    }
    current.segments.push({ offset: current.norm.length, line: line.n })
    current.norm += norm
    current.display += display
    open = display.length >= MIN_JOIN_LENGTH && !SENTENCE_END.test(display)
  }

  const sentences: Sentence[] = []
  paragraphs.forEach((p, paragraph) => {
    const lineAt = makeLineAt(p.segments)
    SENTENCE_SPLIT.lastIndex = 0
    for (let m = SENTENCE_SPLIT.exec(p.norm); m !== null && m[0].length > 0; m = SENTENCE_SPLIT.exec(p.norm)) {
      const start = m.index
      const end = start + m[0].length
      const trimmedStart = start + (m[0].length - m[0].trimStart().length)
      if (p.norm.slice(trimmedStart, end).trim() === '')
        continue
      const base = trimmedStart
      sentences.push({
        norm: p.norm.slice(trimmedStart, end),
        display: p.display.slice(trimmedStart, end),
        paragraph,
        lineAt: offset => lineAt(base + offset),
        line: lineAt(trimmedStart),
        endLine: lineAt(Math.max(trimmedStart, end - 1)),
      })
    }
  })
  return sentences
}
