import type { ChartTheme } from './theme'
import { formatValue } from './format'

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
