/**
 * The one median of the app: aggregation (rates combine by median) and the
 * charts' reference lines use these. Absent values are left out, never 0.
 */

/** Median of a sorted-ascending list (mean of the middle two for an even count); null when empty. */
export function medianOfSorted(sorted: ArrayLike<number>): number | null {
  const n = sorted.length
  if (n === 0)
    return null
  const mid = n >> 1
  return n % 2 === 1
    ? sorted[mid]!
    : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Median of a non-empty list in any order. */
export function median(values: readonly number[]): number {
  return medianOfSorted(Float64Array.from(values).sort()) ?? Number.NaN
}

/** Median of the present values when at least `min` are present; else null. */
export function medianOfAtLeast(min: number, values: Iterable<number | null>): number | null {
  const present: number[] = []
  for (const v of values) {
    if (v !== null)
      present.push(v)
  }
  return present.length < min ? null : medianOfSorted(Float64Array.from(present).sort())
}
