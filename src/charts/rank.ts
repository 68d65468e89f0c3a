import type { ValueCell } from './types'

/** Present values first, largest first; ties by key so the order is stable. */
export function rankDescending<T extends ValueCell>(rows: readonly T[], key: (row: T) => string): { present: T[], absent: T[] } {
  const present: T[] = []
  const absent: T[] = []
  for (const row of rows) {
    (row.value === null
      ? absent
      : present).push(row)
  }
  present.sort((a, b) => (b.value! - a.value!) || (key(a) < key(b)
    ? -1
    : key(a) > key(b)
      ? 1
      : 0))
  absent.sort((a, b) => (key(a) < key(b)
    ? -1
    : key(a) > key(b)
      ? 1
      : 0))
  return { present, absent }
}

export interface TopBottom<T> {
  top: T[]
  /** The middle that is summarised rather than drawn. */
  rest: T[]
  bottom: T[]
}

/**
 * Keep the first and last `max / 2` of a ranked list. At provincial scale
 * (≤ max) everything is kept; at national scale the middle is summarised.
 */
export function splitTopBottom<T>(ranked: readonly T[], max: number): TopBottom<T> {
  if (ranked.length <= max) {
    return {
      top: [...ranked],
      rest: [],
      bottom: [],
    }
  }
  const topCount = Math.ceil(max / 2)
  const bottomCount = Math.floor(max / 2)
  return {
    top: ranked.slice(0, topCount),
    rest: ranked.slice(topCount, ranked.length - bottomCount),
    bottom: bottomCount > 0
      ? ranked.slice(ranked.length - bottomCount)
      : [],
  }
}
