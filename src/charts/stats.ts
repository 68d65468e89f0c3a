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

/** Median of the present values, ignoring absent ones (never counted as 0). */
export function median(values: Iterable<number | null>): number | null {
  const present: number[] = []
  for (const v of values) {
    if (v !== null)
      present.push(v)
  }
  return medianOfSorted(Float64Array.from(present).sort())
}
