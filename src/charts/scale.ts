import type { ChartTheme } from './theme'
import { formatValue } from './format'

/** Rates (unit %) live between these bounds; the scale never leaves them. */
const RATE_BOUNDS = { min: 0, max: 100 }

/**
 * The colour scale's range for the stated values: their min and max, from 0
 * when they are all equal (a scale needs a span). For a rate the range
 * stays inside 0–100: one county at 99.5 % gives 0–99.5, never 99.5–100.5.
 */
export function scaleRange(values: Iterable<number>, unit: string): { min: number, max: number } {
  let min = Infinity
  let max = -Infinity
  for (const v of values) {
    min = Math.min(min, v)
    max = Math.max(max, v)
  }
  const rate = unit === '%'
  if (min === Infinity)
    return rate ? { ...RATE_BOUNDS } : { min: 0, max: 1 }
  if (min === max) {
    // One value: the scale starts at 0 (or at a negative value), one unit wide at least.
    min = Math.min(0, min)
    max = Math.max(max, min + 1)
  }
  if (rate)
    return { min: Math.max(RATE_BOUNDS.min, min), max: Math.min(RATE_BOUNDS.max, max) }
  return { min, max }
}

/** Where a scale is drawn; the rest of it is the same in every chart. */
export interface ScalePlacement {
  left: number
  top?: number
  bottom?: number
  orient?: 'horizontal' | 'vertical'
  itemHeight: number
}

/**
 * The sequential colour scale of the map and the heatmap (series 0): the
 * theme's viridis from `min` to `max`, the top labelled with the unit.
 * Absent values are not on it: each chart draws them grey and hatched.
 */
export function sequentialScale(theme: ChartTheme, range: { min: number, max: number, unit: string, locale?: string }, placement: ScalePlacement) {
  const { min, max, unit, locale } = range
  return {
    type: 'continuous' as const,
    seriesIndex: 0,
    min,
    max,
    calculable: false,
    ...placement,
    itemWidth: 12,
    text: [`${formatValue(max, { locale })} ${unit}`, formatValue(min, { locale })],
    textGap: 6,
    inRange: { color: [...theme.sequential] },
    outOfRange: { color: [theme.splitLine] },
    formatter: (v: unknown) => formatValue(Number(v), { locale }),
  }
}
