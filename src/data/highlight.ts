/** A piece of a text line, marked when it is the evidence being shown. */
export interface Segment {
  text: string
  mark: boolean
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
}

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
  return lines.map((line, i) => {
    const n = i + 1
    const inRange = from !== null && to !== null && n >= from && n <= to
    return { n, inRange, segments: inRange ? markEvidence(line, needle) : [{ text: line, mark: false }] }
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
