import type { ECharts } from 'echarts/core'

/** The canvas painter's private redraw token, checked by each frame of a paint in progress. */
interface PainterInternals {
  _redrawId?: number
  dispose: () => void
  __disposeGuarded?: boolean
}

/**
 * ECharts 6 marks every heatmap cell incremental, even when not rendering
 * progressively, so zrender paints a large heatmap in 15 ms slices, one per
 * animation frame. Disposing the chart mid-paint (as an export does at
 * once) leaves the next slice scheduled; it ran on the disposed painter and
 * threw `Cannot read properties of null (reading 'layerStack')`. A slice
 * returns early when the painter's redraw token has changed: dispose now
 * changes it. Patched once on the canvas painter's prototype, for every
 * chart (on screen too); tests/e2e/export-large.spec.ts fails without it.
 */
export function guardPainterDispose(chart: ECharts): void {
  const painter = chart.getZr().painter as unknown as PainterInternals
  const proto = Object.getPrototypeOf(painter) as PainterInternals
  if (proto.__disposeGuarded || typeof proto.dispose !== 'function')
    return
  const dispose = proto.dispose
  proto.dispose = function (this: PainterInternals) {
    // Never equal to the Math.random() token of a pending slice.
    this._redrawId = -1
    dispose.call(this)
  }
  proto.__disposeGuarded = true
}
