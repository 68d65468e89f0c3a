/**
 * Vertical text (a table's group label written top to bottom, 三、本年度办理结果)
 * read from the operator list. pdf.js 5.6's text extraction drops the glyphs
 * of a vertical font that lie lower on the page than the font size in text
 * units (its bounds test compares a position with an unscaled advance), so a
 * WPS label written at size 200 × 0.05 loses everything below y ≈ 200 pt.
 * The operators still hold every glyph: this walks the text state (PDF 32000
 * §9.4) for vertical fonts only and gives one item per vertical run.
 */

import type { Matrix } from './extract-rules'
import type { PdfItem } from './types'
import { multiply } from './extract-rules'

/** The operator codes this module reads (a subset of pdf.js's `OPS`). */
export interface TextOpCodes {
  save: number
  restore: number
  transform: number
  paintFormXObjectBegin: number
  paintFormXObjectEnd: number
  beginText: number
  setFont: number
  setTextMatrix: number
  moveText: number
  setLeadingMoveText: number
  nextLine: number
  setLeading: number
  setCharSpacing: number
  setWordSpacing: number
  setHScale: number
  setTextRise: number
  showText: number
  showSpacedText: number
}

interface TextState {
  ctm: Matrix
  font: string
  size: number
  charSpacing: number
  wordSpacing: number
  leading: number
  rise: number
}

/** A glyph as pdf.js puts it in the operator list (structured-cloned in a browser). */
interface Glyph {
  unicode?: string
  width?: number
  vmetric?: ArrayLike<number> | null
  isSpace?: boolean
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]
/** Glyphs this close (share of the size) one below the other are one run. */
const RUN_GAP = 0.5

function translate(tx: number, ty: number): Matrix {
  return [1, 0, 0, 1, tx, ty]
}

function asMatrix(value: unknown): Matrix | null {
  if (value === null || typeof value !== 'object' || !('length' in value))
    return null
  const a = Array.from(value as ArrayLike<number>)
  return a.length === 6 && a.every(Number.isFinite) ? a as unknown as Matrix : null
}

function num(value: unknown, fallback = 0): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

/** Single glyphs (top to bottom within each column) merged into runs. */
function mergeRuns(glyphs: PdfItem[]): PdfItem[] {
  const sorted = [...glyphs].sort((a, b) => a.x - b.x || a.y - b.y)
  const out: PdfItem[] = []
  for (const g of sorted) {
    const last = out[out.length - 1]
    if (last && Math.abs(last.x - g.x) < RUN_GAP * g.size && Math.abs(last.y + last.height - g.y) < RUN_GAP * g.size) {
      last.text += g.text
      last.height = g.y + g.height - last.y
      last.width = Math.max(last.width, g.width)
    }
    else {
      out.push({ ...g })
    }
  }
  return out
}

/**
 * The text of the `vertical` fonts (pdf.js font names, as in the text
 * content's `fontName`), as items in page coordinates. `base` maps PDF user
 * space to page coordinates (pdf.js `viewport.transform`).
 */
export function verticalTextFromOperators(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: TextOpCodes, base: Matrix, vertical: ReadonlySet<string>): PdfItem[] {
  let state: TextState = { ctm: base, font: '', size: 0, charSpacing: 0, wordSpacing: 0, leading: 0, rise: 0 }
  const stack: TextState[] = []
  let tm = IDENTITY
  let tlm = IDENTITY
  const glyphs: PdfItem[] = []
  const moveLine = (tx: number, ty: number) => {
    tlm = multiply(tlm, translate(tx, ty))
    tm = tlm
  }
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]
    const args = (argsArray[i] ?? []) as unknown[]
    if (fn === ops.save || fn === ops.paintFormXObjectBegin) {
      stack.push(state)
      state = { ...state }
      const m = fn === ops.paintFormXObjectBegin ? asMatrix(args[0]) : null
      if (m)
        state.ctm = multiply(state.ctm, m)
    }
    else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) {
      state = stack.pop() ?? state
    }
    else if (fn === ops.transform) {
      const m = asMatrix(args)
      if (m)
        state.ctm = multiply(state.ctm, m)
    }
    else if (fn === ops.beginText) {
      tm = IDENTITY
      tlm = IDENTITY
    }
    else if (fn === ops.setFont) {
      state.font = String(args[0] ?? '')
      state.size = num(args[1])
    }
    else if (fn === ops.setTextMatrix) {
      const m = asMatrix(args[0]) ?? asMatrix(args)
      if (m) {
        tm = m
        tlm = m
      }
    }
    else if (fn === ops.moveText) {
      moveLine(num(args[0]), num(args[1]))
    }
    else if (fn === ops.setLeadingMoveText) {
      state.leading = -num(args[1])
      moveLine(num(args[0]), num(args[1]))
    }
    else if (fn === ops.nextLine) {
      moveLine(0, -state.leading)
    }
    else if (fn === ops.setLeading) {
      state.leading = num(args[0])
    }
    else if (fn === ops.setCharSpacing) {
      state.charSpacing = num(args[0])
    }
    else if (fn === ops.setWordSpacing) {
      state.wordSpacing = num(args[0])
    }
    else if (fn === ops.setTextRise) {
      state.rise = num(args[0])
    }
    else if ((fn === ops.showText || fn === ops.showSpacedText) && vertical.has(state.font) && Array.isArray(args[0])) {
      for (const g of args[0] as unknown[]) {
        if (typeof g === 'number') {
          tm = multiply(tm, translate(0, -g / 1000 * state.size))
          continue
        }
        const glyph = g as Glyph | null
        if (!glyph)
          continue
        const m = multiply(multiply(state.ctm, tm), [state.size, 0, 0, state.size, 0, state.rise])
        const size = Math.hypot(m[2], m[3])
        const text = glyph.unicode ?? ''
        if (text.trim() !== '' && size > 0)
          glyphs.push({ text, x: m[4], y: m[5] - size, width: size, height: size, size, vertical: true })
        const advance = glyph.vmetric ? num(glyph.vmetric[0], -1000) : -1000
        const ty = advance / 1000 * state.size + state.charSpacing + (glyph.isSpace ? state.wordSpacing : 0)
        tm = multiply(tm, translate(0, ty))
      }
    }
  }
  return mergeRuns(glyphs)
}
