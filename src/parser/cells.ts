/**
 * Table cells. PDF conversion gives tab-separated rows; web pages give
 * `|`-separated rows or one cell per line; some converters pad with runs of
 * spaces. A table is read as a stream of cells across lines, so all three
 * look the same to the table passes.
 */

import type { Line } from './normalize'
import { squash } from './normalize'
import { parseNumericCell } from './numbers'
import { isSplittable, splitLabelRun } from './runs'

export type CellKind = 'number' | 'blank' | 'label'

export interface Cell {
  kind: CellKind
  /** Folded text, trimmed (labels: whitespace removed). */
  text: string
  value: number | null
  /** 1-based source line. */
  line: number
  /** Index of the cell within its line. */
  col: number
  /** Whether the line was a `|` row (positions are reliable there). */
  pipe: boolean
  /** A digit run that may hold several cells whose separators were lost (`0000000`, `00`). */
  run?: boolean
}

/** A markdown table separator row: `|---|:--:|`. */
const PIPE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/
/** Nothing but pipes and spaces. */
const PIPES_ONLY = /^[\s|]*$/
/** A `|` row ending in `||`: the empty cells at its end are padding. */
const PIPE_PADDING = /\|\s*\|\s*$/
/** Cells that mean "nothing here": dashes, slashes, 无. */
const EMPTY_MARK = /^(?:[-—–/／\\]+|无)$/
/** Two or more spaces between non-space characters: a space-padded row. */
const WIDE_GAP = /\s{2,}/
/** Several numbers in one cell separated by single spaces: `0 0 0`. */
const SPACED_NUMBERS = /^\d+(?:\.\d+)?(?:\s+\d+(?:\.\d+)?)+$/

/** Raw cell strings of a line, and whether it was a `|` row. */
export function splitLine(norm: string): { cells: string[], pipe: boolean } {
  if (norm.includes('\t'))
    return { cells: norm.split('\t'), pipe: false }
  if (norm.includes('|')) {
    // A separator row, or a line of bare pipes between cells set one per line (`0` ⏎ `|` ⏎ `0`).
    if (PIPE_SEPARATOR.test(norm) || PIPES_ONLY.test(norm))
      return { cells: [], pipe: true }
    const parts = norm.split('|')
    if (parts.length > 1 && parts[0]!.trim() === '')
      parts.shift()
    if (parts.length > 1 && parts[parts.length - 1]!.trim() === '')
      parts.pop()
    // `| 行政许可 | 1234 | ||`: a converter's padding for merged cells, not empty table cells.
    if (PIPE_PADDING.test(norm)) {
      while (parts.length > 1 && parts[parts.length - 1]!.trim() === '')
        parts.pop()
    }
    return { cells: parts, pipe: true }
  }
  const trimmed = norm.trim()
  if (WIDE_GAP.test(trimmed) && /\d/.test(trimmed))
    return { cells: trimmed.split(WIDE_GAP), pipe: false }
  return { cells: [trimmed], pipe: false }
}

/** Whether `s` is non-empty ASCII digits only: the commonest cell, checked without a regex. */
function isPlainDigits(s: string): boolean {
  if (s.length === 0 || s.length > 15)
    return false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 48 || c > 57)
      return false
  }
  return true
}

/** Whether the last character is an ASCII digit (cheap test before the run-together split). */
function endsWithDigit(s: string): boolean {
  const c = s.charCodeAt(s.length - 1)
  return c >= 48 && c <= 57
}

/** `00`, `023`: a number cannot start with 0, so these are cells run together. */
function mustSplit(digits: string): boolean {
  return digits.length > 1 && digits[0] === '0'
}

/** Number cells of value groups: `run` where a group may hold several cells. */
function numberCells(groups: readonly string[], line: number, col: number, pipe: boolean, mayRun: boolean): Cell[] {
  return groups.map((g) => {
    const cell: Cell = { kind: 'number', text: g, value: parseNumericCell(g), line, col, pipe }
    if (isSplittable(g) && (mayRun || mustSplit(g)))
      cell.run = true
    return cell
  })
}

function classify(raw: string, line: number, col: number, pipe: boolean): Cell[] {
  const t = raw.trim()
  if (isPlainDigits(t)) {
    const cell: Cell = { kind: 'number', text: t, value: Number(t), line, col, pipe }
    if (mustSplit(t))
      cell.run = true
    return [cell]
  }
  if (t === '' || EMPTY_MARK.test(t))
    return [{ kind: 'blank', text: '', value: null, line, col, pipe }]
  const value = parseNumericCell(t)
  if (value !== null)
    return [{ kind: 'number', text: t, value, line, col, pipe }]
  if (SPACED_NUMBERS.test(t))
    return numberCells(t.split(/\s+/), line, col, pipe, false)
  // A row label with its numbers run on (crawler text): the label, then the numbers.
  const run = endsWithDigit(t) ? splitLabelRun(t) : null
  if (run)
    return [{ kind: 'label', text: squash(run.label), value: null, line, col, pipe }, ...numberCells(run.groups, line, col, pipe, true)]
  return [{ kind: 'label', text: squash(t), value: null, line, col, pipe }]
}

/** One pipe alone on its line. */
const SINGLE_PIPE = /^\s*\|\s*$/
/** A cell set on its own line with its closing pipe: `0 |`, `规章 |`. */
const CELL_WITH_PIPE = /^[^|]*[^\s|][^|]*\|\s*$/
/** Bare `|` lines that stand for an empty cell (see `markEmptyCells`). */
const EMPTY_CELL_LINES = new WeakSet<Line>()

/**
 * Where a page's table is set one cell per line with its closing pipe
 * (`56 |` ⏎ `|` ⏎ `|` ⏎ `56 |`), a bare `|` is an empty cell; between
 * cells set without pipes (`规章` ⏎ `|` ⏎ `0`) it is only a separator.
 * Run once over a report's lines before their cells are read.
 */
export function markEmptyCells(lines: readonly Line[]): void {
  let previous: Line | null = null
  for (const line of lines) {
    if (line.norm.trim() === '')
      continue
    if (previous && SINGLE_PIPE.test(line.norm) && (CELL_WITH_PIPE.test(previous.norm) || EMPTY_CELL_LINES.has(previous)))
      EMPTY_CELL_LINES.add(line)
    previous = line
  }
}

/** Several passes look at the same lines: split each once. */
const CELL_CACHE = new WeakMap<Line, readonly Cell[]>()

/** The cells of one line (an empty line has none). Do not mutate the result. */
export function lineCells(line: Line): readonly Cell[] {
  const cached = CELL_CACHE.get(line)
  if (cached)
    return cached
  let cells: Cell[] = []
  if (EMPTY_CELL_LINES.has(line)) {
    cells = [{ kind: 'blank', text: '', value: null, line: line.n, col: 0, pipe: true }]
  }
  else if (line.norm.trim() !== '') {
    const split = splitLine(line.norm)
    cells = split.cells.flatMap((c, i) => classify(c, line.n, i, split.pipe))
  }
  CELL_CACHE.set(line, cells)
  return cells
}

/** A line that looks like a table row: several cells, at least one a number. */
export function isTableRow(line: Line): boolean {
  const cells = lineCells(line)
  return cells.length > 1 && cells.some(c => c.kind === 'number')
}

/**
 * The values following a row's labels, with the padding PDF conversion adds
 * removed: leading and trailing blank cells. In `|` rows positions are
 * reliable, so a blank there is an absent value and only blanks beyond the
 * expected width `n` are dropped.
 */
export function trimValues(values: readonly Cell[], n: number): Cell[] {
  let start = 0
  let end = values.length
  const pipe = values.some(v => v.pipe)
  if (!pipe) {
    while (start < end && values[start]!.kind === 'blank')
      start++
    while (end > start && values[end - 1]!.kind === 'blank')
      end--
  }
  else {
    while (end - start > n && values[end - 1]!.kind === 'blank')
      end--
  }
  return values.slice(start, end)
}
