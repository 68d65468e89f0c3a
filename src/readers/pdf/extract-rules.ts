/**
 * A page's operator list (pdf.js `page.getOperatorList()`) → its ruling
 * lines: the axis-aligned segments of stroked paths, and filled rectangles
 * thin enough to be drawn borders (Word and WPS draw borders both ways).
 * Wider fills are cell shading and are ignored; so are curves and clipping
 * paths. Pure: the operator codes come in as an argument (pdf.js's `OPS`).
 */

import type { PdfRule } from './types'

/** The operator codes this module reads (a subset of pdf.js's `OPS`). */
export interface OpCodes {
  save: number
  restore: number
  transform: number
  constructPath: number
  paintFormXObjectBegin: number
  paintFormXObjectEnd: number
  stroke: number
  closeStroke: number
  fill: number
  eoFill: number
  fillStroke: number
  eoFillStroke: number
  closeFillStroke: number
  closeEOFillStroke: number
}

/** Path buffer codes of pdf.js 5.x (`DrawOPS`, not exported by the library). */
const MOVE_TO = 0
const LINE_TO = 1
const CURVE_TO = 2
const QUADRATIC_CURVE_TO = 3
const CLOSE_PATH = 4

/** A filled rectangle at most this thick (points) is a border. */
const MAX_BORDER = 3
/** A segment this close to axis-aligned (points) is horizontal or vertical. */
const SKEW = 1

export type Matrix = readonly [number, number, number, number, number, number]

/** m1 × m2: apply m2, then m1 (pdf.js `Util.transform`). */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ]
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]
}

function toMatrix(value: unknown): Matrix | null {
  if (value === null || typeof value !== 'object' || !('length' in value))
    return null
  const a = Array.from(value as ArrayLike<number>)
  return a.length === 6 && a.every(Number.isFinite) ? a as unknown as Matrix : null
}

function segmentRule(ax: number, ay: number, bx: number, by: number): PdfRule | null {
  if (Math.abs(ay - by) <= SKEW || Math.abs(ax - bx) <= SKEW)
    return { x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) }
  return null
}

/** The subpaths of a pdf.js path buffer as point lists (device space); curves end a subpath. */
function subpaths(buffer: ArrayLike<number>, m: Matrix): { points: [number, number][], closed: boolean }[] {
  const out: { points: [number, number][], closed: boolean }[] = []
  let current: { points: [number, number][], closed: boolean } | null = null
  for (let i = 0; i < buffer.length;) {
    const op = buffer[i]!
    if (op === MOVE_TO || op === LINE_TO) {
      const p = apply(m, buffer[i + 1]!, buffer[i + 2]!)
      if (op === MOVE_TO || !current) {
        current = { points: [], closed: false }
        out.push(current)
      }
      current.points.push(p)
      i += 3
    }
    else if (op === CURVE_TO) {
      current = null
      i += 7
    }
    else if (op === QUADRATIC_CURVE_TO) {
      current = null
      i += 5
    }
    else if (op === CLOSE_PATH) {
      if (current)
        current.closed = true
      current = null
      i += 1
    }
    else {
      break
    }
  }
  return out
}

function strokeRules(paths: ReturnType<typeof subpaths>, out: PdfRule[]): void {
  for (const { points, closed } of paths) {
    const n = points.length
    for (let k = 1; k < n + (closed ? 1 : 0); k++) {
      const a = points[k - 1]!
      const b = points[k % n]!
      const rule = segmentRule(a[0], a[1], b[0], b[1])
      if (rule)
        out.push(rule)
    }
  }
}

function fillRules(paths: ReturnType<typeof subpaths>, out: PdfRule[]): void {
  for (const { points } of paths) {
    if (points.length < 2)
      continue
    const xs = points.map(p => p[0])
    const ys = points.map(p => p[1])
    const x0 = Math.min(...xs)
    const x1 = Math.max(...xs)
    const y0 = Math.min(...ys)
    const y1 = Math.max(...ys)
    if (y1 - y0 <= MAX_BORDER && x1 - x0 > y1 - y0)
      out.push({ x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 })
    else if (x1 - x0 <= MAX_BORDER && y1 - y0 > x1 - x0)
      out.push({ x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 })
  }
}

/**
 * Ruling lines in page coordinates. `base` maps PDF user space to page
 * coordinates (pdf.js `viewport.transform` at scale 1).
 */
export function rulesFromOperators(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: OpCodes, base: Matrix): PdfRule[] {
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke])
  const fills = new Set([ops.fill, ops.eoFill])
  const stack: Matrix[] = []
  let ctm = base
  const out: PdfRule[] = []
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]
    const args = argsArray[i] as unknown[] | null
    if (fn === ops.save) {
      stack.push(ctm)
    }
    else if (fn === ops.restore) {
      ctm = stack.pop() ?? base
    }
    else if (fn === ops.transform) {
      const m = toMatrix(args)
      if (m)
        ctm = multiply(ctm, m)
    }
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm)
      const m = toMatrix(args?.[0])
      if (m)
        ctm = multiply(ctm, m)
    }
    else if (fn === ops.paintFormXObjectEnd) {
      ctm = stack.pop() ?? base
    }
    else if (fn === ops.constructPath && Array.isArray(args)) {
      const paint = args[0] as number
      const buffer = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | undefined
      if (!buffer || typeof buffer.length !== 'number')
        continue
      if (strokes.has(paint))
        strokeRules(subpaths(buffer, ctm), out)
      else if (fills.has(paint))
        fillRules(subpaths(buffer, ctm), out)
    }
  }
  return out
}
