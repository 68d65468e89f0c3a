/**
 * Pass 1: raw text → lines in two forms.
 *
 * `display` is the line as a reader sees it: markdown markers removed, edges
 * trimmed. Evidence is cut from it, so evidence is verbatim report text.
 * `norm` maps `display` character by character (same length, same offsets):
 * full-width digits, letters and brackets become ASCII, odd spaces become
 * plain spaces. Rules match on `norm` and cut evidence from `display`.
 */

export interface Line {
  /** 1-based line number in the source text. */
  n: number
  display: string
  norm: string
}

/** `# `, `## `… markdown heading markers at the start of a line. */
const MD_HEADING = /^\s{0,3}#{1,6}\s+/
/** `**bold**` / `__bold__` markers. */
const MD_BOLD = /\*\*|__/g
/** Line breaks of any platform. */
const NEWLINE = /\r\n|\r|\n/

/**
 * Characters folded to ASCII: full-width forms (！ to ～, except the
 * full-width comma, which separates clauses), odd spaces, 〔〕 and ﹪.
 */
const FOLDABLE = /[\uFF01-\uFF0B\uFF0D-\uFF5E\u3000\u00A0\u2002\u2003\u2009\u200B\uFE6A\u3014\u3015]/g

function foldChar(ch: string): string {
  const c = ch.charCodeAt(0)
  if (c >= 0xFF01 && c <= 0xFF5E)
    return String.fromCharCode(c - 0xFEE0)
  if (c === 0xFE6A)
    return '%'
  if (c === 0x3014)
    return '('
  if (c === 0x3015)
    return ')'
  return ' '
}

/** Character-for-character fold of a display line (same length, same offsets). */
export function foldLine(display: string): string {
  return display.replace(FOLDABLE, foldChar)
}

/** Markdown markers removed; tabs kept (they separate table cells). */
export function displayLine(raw: string): string {
  return raw.replace(MD_HEADING, '').replace(MD_BOLD, '').replace(/\s+$/, '')
}

/** Split raw text into numbered lines with display and folded forms. */
export function toLines(raw: string): Line[] {
  const text = raw.charCodeAt(0) === 0xFEFF ? raw.slice(1) : raw
  return text.split(NEWLINE).map((r, i) => {
    const display = displayLine(r)
    return { n: i + 1, display, norm: foldLine(display) }
  })
}

/** The report as shown to a reader (what evidence is cut from). */
export function displayText(lines: readonly Line[]): string {
  return lines.map(l => l.display).join('\n')
}

/** Remove all whitespace: labels split by PDF conversion (`三、本 年度 办理 结果`). */
export function squash(s: string): string {
  return s.replace(/\s+/g, '')
}
