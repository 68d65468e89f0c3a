/** A piece of a text line, marked when it is the evidence being shown. */
export interface Segment {
  text: string
  /** Marked: the evidence itself, or (with `number`) one of its numbers. */
  mark: boolean
  /** A number of the evidence: the selected observation's, or another observation's stated in the same place. */
  number?: 'selected' | 'peer'
  /** The rest of the evidence around marked numbers (shown, not marked). */
  context?: boolean
}

export interface TextLine {
  /** 1-based line number. */
  n: number
  segments: Segment[]
  /** The line lies in the highlighted range. */
  inRange: boolean
}

export interface Highlight {
  line: number | null
  endLine: number | null
  evidence: string
  /**
   * The values of the observations stated in this place (same lines and
   * evidence), in the report's order, the selected one flagged: each is
   * marked where the evidence states it, instead of the whole evidence.
   */
  values?: readonly { value: number, selected: boolean }[]
}

/** A number as reports write it: 7573, 1,100,000, 94.34, 1.2万 (digits may be spaced from 万). */
const NUMBER = /\d+(?:[,，]\d{3})*(?:\.\d+)?(?:\s*万)?/g
/** Thousands separators inside a number. */
const GROUPING = /[,，]/g

/**
 * Runs of whitespace (which PDF conversion scatters inside sentences) and
 * the " | " the parser puts between a table row's cells: ignored when
 * matching evidence against the text.
 */
const IGNORED = /[\s|]+/g
/** One ignored character. */
const IGNORED_CHAR = /[\s|]/
/** A line break, Unix or Windows. */
const LINE_BREAK = /\r?\n/

/**
 * Split `text` into lines, marking the evidence: inside its line range the
 * evidence string itself (whitespace-insensitive) when it can be found, else
 * the whole range. Without line numbers, the first line containing the
 * evidence. Rendered as text spans, never as HTML.
 */
export function highlightText(text: string, h: Highlight | null): TextLine[] {
  const lines = text.split(LINE_BREAK)
  let from = h?.line ?? null
  let to = h?.endLine ?? from
  const needle = h ? h.evidence.replace(IGNORED, '') : ''
  if (h && from === null && needle !== '') {
    const at = lines.findIndex(l => l.replace(IGNORED, '').includes(needle))
    if (at >= 0)
      from = to = at + 1
  }
  const out = lines.map((line, i) => {
    const n = i + 1
    const inRange = from !== null && to !== null && n >= from && n <= to
    return { n, inRange, segments: inRange ? markEvidence(line, needle) : [{ text: line, mark: false }] }
  })
  return h?.values?.length ? markNumbers(out, h.values) : out
}

/** A number token's value: grouping dropped, 万 multiplied out. */
function tokenValue(token: string): number {
  const wan = token.endsWith('万')
  const n = Number(token.replace('万', '').trim().replace(GROUPING, ''))
  return wan ? n * 10000 : n
}

interface Occurrence { line: TextLine, segment: number, start: number, end: number, value: number }

/**
 * Mark each observation's number inside the marked evidence: a value that
 * occurs as often as observations state it pairs up in order (a table
 * row's columns), a value that occurs once is every such observation's.
 * A value found more often than stated cannot be told apart: it is not
 * marked. When the selected observation's number is not found the
 * evidence stays marked whole (a wrong mark is worse than a coarse one).
 */
function markNumbers(lines: TextLine[], values: NonNullable<Highlight['values']>): TextLine[] {
  const occurrences: Occurrence[] = []
  for (const line of lines) {
    if (!line.inRange)
      continue
    line.segments.forEach((s, segment) => {
      if (!s.mark)
        return
      for (const m of s.text.matchAll(NUMBER))
        occurrences.push({ line, segment, start: m.index, end: m.index + m[0].length, value: tokenValue(m[0]) })
    })
  }
  const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))
  const chosen = new Map<Occurrence, 'selected' | 'peer'>()
  for (const { value } of values) {
    const found = occurrences.filter(o => same(o.value, value))
    const stated = values.filter(v => same(v.value, value))
    if (found.length !== stated.length && found.length !== 1)
      continue
    stated.forEach((v, k) => {
      const o = found[found.length === 1 ? 0 : k]!
      if (chosen.get(o) !== 'selected')
        chosen.set(o, v.selected ? 'selected' : 'peer')
    })
  }
  if (![...chosen.values()].includes('selected'))
    return lines
  return lines.map((line) => {
    if (!line.inRange)
      return line
    const segments = line.segments.flatMap((s, segment) => {
      if (!s.mark)
        return [s]
      const here = [...chosen].filter(([o]) => o.line === line && o.segment === segment).sort(([a], [b]) => a.start - b.start)
      const parts: Segment[] = []
      let at = 0
      for (const [o, kind] of here) {
        if (o.start > at)
          parts.push({ text: s.text.slice(at, o.start), mark: false, context: true })
        parts.push({ text: s.text.slice(o.start, o.end), mark: true, number: kind })
        at = o.end
      }
      if (at < s.text.length)
        parts.push({ text: s.text.slice(at), mark: false, context: true })
      return parts
    })
    return { ...line, segments }
  })
}

/** Mark the evidence inside one line, matching across whitespace and cell separators; the whole line if it is not there. */
function markEvidence(line: string, needle: string): Segment[] {
  if (needle === '')
    return [{ text: line, mark: true }]
  // Map positions in the whitespace-free line back to the original line.
  const positions: number[] = []
  let compact = ''
  for (let i = 0; i < line.length; i++) {
    if (!IGNORED_CHAR.test(line[i]!)) {
      positions.push(i)
      compact += line[i]
    }
  }
  const at = compact.indexOf(needle)
  if (at < 0)
    return [{ text: line, mark: true }]
  const start = positions[at]!
  const end = positions[at + needle.length - 1]! + 1
  return [
    { text: line.slice(0, start), mark: false },
    { text: line.slice(start, end), mark: true },
    { text: line.slice(end), mark: false },
  ].filter(s => s.text !== '')
}
