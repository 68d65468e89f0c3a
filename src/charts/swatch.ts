import type { ChartTheme } from './theme'

/** Size of the legend swatch, px. */
const SWATCH = 14

/**
 * A legend entry for "no data": a grey square hatched like absent map
 * regions and heatmap cells (ECharts legends cannot draw decals).
 */
export function noDataSwatch(theme: ChartTheme, label: string, position: { left?: number, right?: number, top?: number, bottom?: number }) {
  const hatch = { stroke: theme.noDataHatch, lineWidth: 1 }
  return {
    type: 'group' as const,
    ...position,
    silent: true,
    children: [
      { type: 'rect' as const, shape: { x: 0, y: 0, width: SWATCH, height: SWATCH }, style: { fill: theme.noData, stroke: theme.noDataHatch, lineWidth: 1 } },
      { type: 'line' as const, shape: { x1: 0, y1: SWATCH, x2: SWATCH, y2: 0 }, style: hatch },
      { type: 'line' as const, shape: { x1: 0, y1: SWATCH / 2, x2: SWATCH / 2, y2: 0 }, style: hatch },
      { type: 'line' as const, shape: { x1: SWATCH / 2, y1: SWATCH, x2: SWATCH, y2: SWATCH / 2 }, style: hatch },
      { type: 'text' as const, x: SWATCH + 6, y: 1, style: { text: label, fill: theme.text, fontSize: 12 } },
    ],
  }
}

/**
 * A legend entry for a region the filters leave out (map): the page colour
 * with a dashed outline, unlike the hatched grey of "no data".
 */
export function filteredOutSwatch(theme: ChartTheme, label: string, position: { left?: number, right?: number, top?: number, bottom?: number }) {
  return {
    type: 'group' as const,
    ...position,
    silent: true,
    children: [
      { type: 'rect' as const, shape: { x: 0, y: 0, width: SWATCH, height: SWATCH }, style: { fill: theme.background, stroke: theme.axisLine, lineWidth: 1, lineDash: [3, 2] } },
      { type: 'text' as const, x: SWATCH + 6, y: 1, style: { text: label, fill: theme.text, fontSize: 12 } },
    ],
  }
}
