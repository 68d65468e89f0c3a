import type { HeatmapCell, TrendSeries } from './types'

/**
 * Every year from the first to the last, gaps included: a year no report
 * covers must still show on the axis, as a gap rather than vanish.
 */
export function yearAxis(years: Iterable<number>, given?: readonly number[]): number[] {
  if (given && given.length > 0)
    return [...given].sort((a, b) => a - b)
  const bounds = yearBounds(years)
  if (!bounds)
    return []
  const [lo, hi] = bounds
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i)
}

/** First and last year, or null when there is none. */
export function yearBounds(years: Iterable<number>): [number, number] | null {
  let lo = Infinity
  let hi = -Infinity
  for (const y of years) {
    lo = Math.min(lo, y)
    hi = Math.max(hi, y)
  }
  return lo === Infinity ? null : [lo, hi]
}

export function* seriesYears(series: readonly TrendSeries[]): Iterable<number> {
  for (const s of series) {
    for (const p of s.points)
      yield p.year
  }
}

/** Heatmap cells grouped into one series per region, in first-seen order. O(n). */
export function groupCells(cells: readonly HeatmapCell[]): TrendSeries[] {
  const byRegion = new Map<string, { region: string, label: string, points: HeatmapCell[] }>()
  for (const cell of cells) {
    let s = byRegion.get(cell.region)
    if (!s) {
      s = { region: cell.region, label: cell.label ?? cell.region, points: [] }
      byRegion.set(cell.region, s)
    }
    s.points.push(cell)
  }
  return [...byRegion.values()]
}

/** The latest year with a stated value, and that value: what "top N" ranks by. */
export function latestValue(series: TrendSeries): { year: number, value: number } | null {
  let best: { year: number, value: number } | null = null
  for (const p of series.points) {
    if (p.value !== null && (best === null || p.year > best.year))
      best = { year: p.year, value: p.value }
  }
  return best
}

/**
 * Series ordered by their latest stated value, largest first; series with
 * no value at all last. Used to keep the top N at national scale.
 */
export function rankSeries(series: readonly TrendSeries[]): TrendSeries[] {
  const keyed = series.map(s => ({ s, latest: latestValue(s) }))
  keyed.sort((a, b) => {
    if (!a.latest || !b.latest)
      return a.latest ? -1 : b.latest ? 1 : 0
    return (b.latest.year - a.latest.year) || (b.latest.value - a.latest.value)
  })
  return keyed.map(k => k.s)
}
