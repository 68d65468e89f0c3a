/** Median of a sorted-ascending array; null when empty. */
export function medianOfSorted(sorted: ArrayLike<number>): number | null {
  const n = sorted.length
  if (n === 0)
    return null
  const mid = n >> 1
  return n % 2 === 1
    ? sorted[mid]!
    : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Median of the present values (absent ones are not 0), when at least `min` are present; else null. */
export function medianOfAtLeast(min: number, values: Iterable<number | null>): number | null {
  const present: number[] = []
  for (const v of values) {
    if (v !== null)
      present.push(v)
  }
  return present.length < min ? null : medianOfSorted(Float64Array.from(present).sort())
}
