/** Order statistics for the benchmark table (nearest-rank, no interpolation). */

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0)
    return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!
}

export interface Summary {
  median: number
  p95: number
  max: number
  n: number
}

export function summarize(values: readonly number[]): Summary {
  return { median: quantile(values, 0.5), p95: quantile(values, 0.95), max: quantile(values, 1), n: values.length }
}
