/**
 * Pass 2: the six sections of the prescribed format. A heading is a short
 * line `一、…` … `六、…` whose words fit its section: table rows also start
 * with 一、二、三、四 (`一、本年新收…`, `三、本年度办理结果`), but they carry
 * tabs or numbers and the wrong words.
 */

import type { Line } from './normalize'
import { squash } from './normalize'

export type SectionKey = '一' | '二' | '三' | '四' | '五' | '六'
export const SECTION_KEYS: readonly SectionKey[] = ['一', '二', '三', '四', '五', '六']

/** `三、收到和处理…` — a numbered heading (also `三.`, `三 、`). */
const HEADING = /^([一二三四五六])\s*[、.．]\s*(\S.*)$/

/** Words each section's heading must contain. */
const HEADING_WORDS: Record<SectionKey, RegExp> = {
  一: /总体情况|总体|概述|基本情况/,
  二: /主动公开/,
  三: /申请/,
  四: /复议|诉讼/,
  五: /问题|改进/,
  六: /其他/,
}

/** Longest plausible heading (the 2019 format's 三 heading is ~20 characters). */
const MAX_HEADING_LENGTH = 40

export interface Section {
  key: SectionKey
  /** Heading line number, or null when the heading was not found. */
  heading: number | null
  /** Index range into the line array, heading excluded: [start, end). */
  start: number
  end: number
}

/** Cheap pre-test: a heading starts with one of the six numerals. */
const HEADING_START = /^\s*[一二三四五六]/

export function headingKey(line: Line): SectionKey | null {
  if (!HEADING_START.test(line.norm))
    return null
  const text = line.norm.trim()
  if (text.includes('\t') || text.length > MAX_HEADING_LENGTH)
    return null
  const m = HEADING.exec(squash(text))
  if (!m)
    return null
  const key = m[1] as SectionKey
  const words = m[2]!
  if (!HEADING_WORDS[key].test(words) || /\d{2,}/.test(words))
    return null
  return key
}

/**
 * Sections in order. Headings must appear in increasing order; a missing
 * heading leaves its section null, and its neighbours' ranges close the gap.
 */
export function findSections(lines: readonly Line[]): Map<SectionKey, Section> {
  const found: { key: SectionKey, index: number }[] = []
  let next = 0
  for (let i = 0; i < lines.length; i++) {
    const key = headingKey(lines[i]!)
    if (key === null)
      continue
    const order = SECTION_KEYS.indexOf(key)
    if (order >= next) {
      found.push({ key, index: i })
      next = order + 1
    }
  }
  const sections = new Map<SectionKey, Section>()
  found.forEach((f, j) => {
    const end = found[j + 1]?.index ?? lines.length
    sections.set(f.key, { key: f.key, heading: lines[f.index]!.n, start: f.index + 1, end })
  })
  return sections
}

/**
 * The line range to search for a section's content: the section itself, or
 * when its heading is missing, the gap between the neighbouring headings found.
 */
export function sectionRange(sections: ReadonlyMap<SectionKey, Section>, key: SectionKey, lineCount: number): { start: number, end: number } {
  const own = sections.get(key)
  if (own)
    return { start: own.start, end: own.end }
  const order = SECTION_KEYS.indexOf(key)
  let start = 0
  let end = lineCount
  for (const s of sections.values()) {
    const o = SECTION_KEYS.indexOf(s.key)
    if (o < order)
      start = Math.max(start, s.start)
    if (o > order)
      end = Math.min(end, s.heading !== null ? s.start - 1 : s.start)
  }
  return { start, end }
}
