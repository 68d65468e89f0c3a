/**
 * Ruling lines → table grids. Borders that touch form one table; the
 * distinct x of its vertical borders and y of its horizontal ones cut it
 * into atomic cells, and two neighbouring atomic cells with no border
 * between them belong to one (merged) cell: that is how a group label
 * spanning several rows, or a header spanning several columns, is seen.
 */

import type { PdfRule } from './types'

/** A merged cell: atomic rows r0…r1 and columns c0…c1 (inclusive). */
export interface GridCell {
  r0: number
  r1: number
  c0: number
  c1: number
}

export interface Grid {
  /** Column boundaries, ascending (columns = xs.length - 1). */
  xs: number[]
  /** Row boundaries, ascending (rows = ys.length - 1). */
  ys: number[]
  cells: GridCell[]
  /** Index into `cells` of each atomic cell, row-major. */
  cellAt: Int32Array
}

/** Points within which two coordinates are the same line. */
const SNAP = 2
/** A ruling line shorter than this is a tick or a glyph stroke, not a border. */
const MIN_RULE = 4
/** A border must cover this share of an atomic cell's side to separate it from its neighbour. */
const BORDER_COVER = 0.6

interface Segment { at: number, from: number, to: number }

function horizontal(r: PdfRule): boolean {
  return r.y1 - r.y0 <= SNAP && r.x1 - r.x0 >= MIN_RULE
}

function vertical(r: PdfRule): boolean {
  return r.x1 - r.x0 <= SNAP && r.y1 - r.y0 >= MIN_RULE
}

/** Collinear, overlapping or touching segments merged into one. */
function mergeSegments(segments: Segment[]): Segment[] {
  const byLine = [...segments].sort((a, b) => a.at - b.at)
  const out: Segment[] = []
  for (let i = 0; i < byLine.length;) {
    // One line: positions chained within SNAP of each other.
    let j = i + 1
    while (j < byLine.length && byLine[j]!.at - byLine[j - 1]!.at <= SNAP)
      j++
    const line = byLine.slice(i, j).sort((a, b) => a.from - b.from)
    const at = line.reduce((sum, s) => sum + s.at, 0) / line.length
    let current: Segment | null = null
    for (const s of line) {
      if (current && s.from <= current.to + SNAP) {
        current.to = Math.max(current.to, s.to)
      }
      else {
        current = { at, from: s.from, to: s.to }
        out.push(current)
      }
    }
    i = j
  }
  return out
}

/** Sorted distinct values, those within SNAP of each other merged (their mean). */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b)
  const out: number[] = []
  let group: number[] = []
  for (const v of sorted) {
    if (group.length > 0 && v - group[group.length - 1]! > SNAP) {
      out.push(group.reduce((a, b) => a + b, 0) / group.length)
      group = []
    }
    group.push(v)
  }
  if (group.length > 0)
    out.push(group.reduce((a, b) => a + b, 0) / group.length)
  return out
}

function find(parent: Int32Array, i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!
    i = parent[i]!
  }
  return i
}

function union(parent: Int32Array, a: number, b: number): void {
  const ra = find(parent, a)
  const rb = find(parent, b)
  if (ra !== rb)
    parent[Math.max(ra, rb)] = Math.min(ra, rb)
}

/** How much of [from, to] the segments at `at` cover. */
function coverage(segments: readonly Segment[], at: number, from: number, to: number): number {
  let covered = 0
  for (const s of segments) {
    if (Math.abs(s.at - at) <= SNAP)
      covered += Math.max(0, Math.min(to, s.to) - Math.max(from, s.from))
  }
  return covered / Math.max(to - from, 1e-6)
}

/** Groups of segments that touch: one group per table. */
function tablesOf(hs: Segment[], vs: Segment[]): { hs: Segment[], vs: Segment[] }[] {
  const n = hs.length + vs.length
  const parent = new Int32Array(n).map((_, i) => i)
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i]!
    for (let j = 0; j < vs.length; j++) {
      const v = vs[j]!
      if (v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP)
        union(parent, i, hs.length + j)
    }
  }
  const groups = new Map<number, { hs: Segment[], vs: Segment[] }>()
  for (let i = 0; i < n; i++) {
    const root = find(parent, i)
    let g = groups.get(root)
    if (!g) {
      g = { hs: [], vs: [] }
      groups.set(root, g)
    }
    if (i < hs.length)
      g.hs.push(hs[i]!)
    else
      g.vs.push(vs[i - hs.length]!)
  }
  return [...groups.values()]
}

/**
 * Where the borders of one kind end beyond the outermost lines of the other:
 * a table cut by a page break has its side borders but no bottom border.
 */
function outerEnds(along: readonly Segment[], across: readonly Segment[]): number[] {
  const first = Math.min(...across.map(s => s.at))
  const last = Math.max(...across.map(s => s.at))
  const from = Math.min(...along.map(s => s.from))
  const to = Math.max(...along.map(s => s.to))
  return [...(from < first - SNAP ? [from] : []), ...(to > last + SNAP ? [to] : [])]
}

function buildGrid(hs: Segment[], vs: Segment[]): Grid | null {
  const xs = cluster([...vs.map(v => v.at), ...outerEnds(hs, vs)])
  const ys = cluster([...hs.map(h => h.at), ...outerEnds(vs, hs)])
  if (xs.length < 2 || ys.length < 2)
    return null
  const rows = ys.length - 1
  const cols = xs.length - 1
  const parent = new Int32Array(rows * cols).map((_, i) => i)
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && coverage(vs, xs[c + 1]!, ys[r]!, ys[r + 1]!) < BORDER_COVER)
        union(parent, r * cols + c, r * cols + c + 1)
      if (r + 1 < rows && coverage(hs, ys[r + 1]!, xs[c]!, xs[c + 1]!) < BORDER_COVER)
        union(parent, r * cols + c, (r + 1) * cols + c)
    }
  }
  const cells: GridCell[] = []
  const index = new Map<number, number>()
  const cellAt = new Int32Array(rows * cols)
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(parent, r * cols + c)
      let k = index.get(root)
      if (k === undefined) {
        k = cells.length
        index.set(root, k)
        cells.push({ r0: r, r1: r, c0: c, c1: c })
      }
      const cell = cells[k]!
      cell.r1 = Math.max(cell.r1, r)
      cell.c0 = Math.min(cell.c0, c)
      cell.c1 = Math.max(cell.c1, c)
      cellAt[r * cols + c] = k
    }
  }
  return { xs, ys, cells, cellAt }
}

/** The tables drawn by a page's ruling lines, top to bottom. */
export function findGrids(rules: readonly PdfRule[]): Grid[] {
  const hs = mergeSegments(rules.filter(horizontal).map(r => ({ at: (r.y0 + r.y1) / 2, from: r.x0, to: r.x1 })))
  const vs = mergeSegments(rules.filter(vertical).map(r => ({ at: (r.x0 + r.x1) / 2, from: r.y0, to: r.y1 })))
  const grids: Grid[] = []
  for (const t of tablesOf(hs, vs)) {
    if (t.hs.length < 2 || t.vs.length < 2)
      continue
    const grid = buildGrid(t.hs, t.vs)
    if (grid)
      grids.push(grid)
  }
  return grids.sort((a, b) => a.ys[0]! - b.ys[0]!)
}

/** Index of the interval of `bounds` holding `v`, or -1 outside. */
function interval(bounds: readonly number[], v: number): number {
  if (v < bounds[0]! || v > bounds[bounds.length - 1]!)
    return -1
  let lo = 0
  let hi = bounds.length - 2
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (bounds[mid]! <= v)
      lo = mid
    else
      hi = mid - 1
  }
  return lo
}

/** The cell of `grid` holding the point, or -1 when the point is outside the table. */
export function cellIndexAt(grid: Grid, x: number, y: number): number {
  const c = interval(grid.xs, x)
  const r = interval(grid.ys, y)
  return c < 0 || r < 0 ? -1 : grid.cellAt[r * (grid.xs.length - 1) + c]!
}
