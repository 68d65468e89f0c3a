/**
 * One file, several reports: a report pasted many times over (50 copies,
 * or a 20 MB file of them) or different reports run together. Each copy
 * has its own 一、总体情况 heading followed by the later sections; a table of
 * contents (all headings on consecutive lines) is too short to count.
 */

import type { Line } from './normalize'
import { headingKey } from './sections'

/** Fewest non-blank lines from one 一 heading to the next for the span to be a report. */
const MIN_REPORT_LINES = 15
/** Lines named in a check, at most. */
const LINES_SHOWN = 5

export interface Repeats {
  /** Reports in the file. */
  count: number
  /** Every copy is the same text. */
  identical: boolean
  /** Index (into the lines) where the second copy starts: its title, or its 一 heading. */
  secondStart: number
  /** 1-based source lines of each copy's 一 heading, for the check. */
  headings: string
}

function nonBlank(lines: readonly Line[]): string[] {
  return lines.map(l => l.norm.trim()).filter(t => t !== '')
}

export function findRepeats(lines: readonly Line[]): Repeats | null {
  const firsts: number[] = []
  const thirds: number[] = []
  for (let i = 0; i < lines.length; i++) {
    const key = headingKey(lines[i]!)
    if (key === '一')
      firsts.push(i)
    else if (key === '三')
      thirds.push(i)
  }
  if (firsts.length < 2)
    return null
  const starts = firsts.filter((start, j) => {
    const end = firsts[j + 1] ?? lines.length
    return thirds.some(t => t > start && t < end) && nonBlank(lines.slice(start, end)).length >= MIN_REPORT_LINES
  })
  if (starts.length < 2)
    return null

  // Each copy but the last also holds the next copy's title at its end: compare the last copy's length.
  const bodies = starts.map((start, j) => nonBlank(lines.slice(start, starts[j + 1] ?? lines.length)).join('\n'))
  const last = bodies.at(-1)!
  const identical = bodies.every(b => b.startsWith(last))

  // The second copy starts with the same lines as the file (its title) when they are there.
  const prelude = nonBlank(lines.slice(0, starts[0]))
  let secondStart = starts[1]!
  let matched = 0
  for (let i = starts[1]! - 1; i > starts[0]! && matched < prelude.length; i--) {
    const text = lines[i]!.norm.trim()
    if (text === '')
      continue
    if (text !== prelude[prelude.length - 1 - matched])
      break
    matched++
    secondStart = i
  }
  const shown = starts.slice(0, LINES_SHOWN).map(i => lines[i]!.n).join(', ')
  return {
    count: starts.length,
    identical,
    secondStart,
    headings: starts.length > LINES_SHOWN ? `${shown}…` : shown,
  }
}
