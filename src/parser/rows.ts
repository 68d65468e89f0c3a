/**
 * Fitting a row's value cells to the width its table format prescribes,
 * undoing what PDF conversion does: an extra empty or `0` cell, lost cells.
 */

import type { Cell } from './cells'

export type RowFit
  /** Exactly the expected width. */
  = | { status: 'ok', values: (number | null)[] }
  /** One or two surplus empty/0 cells dropped; every reading agrees. */
    | { status: 'extra', values: (number | null)[], dropped: number }
  /** Fewer cells than expected: read left-aligned, the rest unknown (`lost`). */
    | { status: 'short', values: (number | null)[], lost: boolean[] }
  /** No value cells at all. */
    | { status: 'empty', values: (number | null)[] }
  /** Surplus cells that cannot be placed without guessing. */
    | { status: 'ambiguous', values: (number | null)[], count: number }

function isDroppable(c: Cell): boolean {
  return c.kind === 'blank' || c.value === 0
}

function sameTuple(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i])
}

/** Index sets of size `k` drawn from `pool` (k ≤ 2 here). */
function choose(pool: readonly number[], k: number): number[][] {
  if (k === 1)
    return pool.map(i => [i])
  const out: number[][] = []
  for (let a = 0; a < pool.length; a++) {
    for (let b = a + 1; b < pool.length; b++)
      out.push([pool[a]!, pool[b]!])
  }
  return out
}

/**
 * Fit `cells` (already trimmed of padding) to width `n`. With surplus cells,
 * every way of dropping empty/0 cells is tried; readings that break the row's
 * own arithmetic (`consistent`) are discarded; the row is kept only if all
 * remaining readings give the same numbers.
 */
export function fitRow(cells: readonly Cell[], n: number, consistent?: (values: readonly (number | null)[]) => boolean): RowFit {
  const values = cells.map(c => c.value)
  const k = values.length
  const nulls = () => Array.from<number | null>({ length: n }).fill(null)
  if (k === 0)
    return { status: 'empty', values: nulls() }
  if (k === n)
    return { status: 'ok', values }
  if (k < n) {
    const padded = [...values, ...nulls().slice(k)]
    return { status: 'short', values: padded, lost: padded.map((_, i) => i >= k) }
  }
  const surplus = k - n
  if (surplus <= 2) {
    // An extra empty cell is the likelier artefact: try dropping blanks alone first.
    for (const droppable of [(c: Cell) => c.kind === 'blank', isDroppable]) {
      const pool = cells.flatMap((c, i) => (droppable(c) ? [i] : []))
      const readings = choose(pool, surplus)
        .map(drop => values.filter((_, i) => !drop.includes(i)))
        .filter(r => !consistent || consistent(r))
      const first = readings[0]
      if (first && readings.every(r => sameTuple(r, first)))
        return { status: 'extra', values: first, dropped: surplus }
      if (first)
        break
    }
  }
  return { status: 'ambiguous', values: nulls(), count: k }
}
