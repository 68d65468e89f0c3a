import type { ChartDatum, ValueCell } from './types'

/** The click payload of a data item (see `ChartDatum`). */
export function datumOf(kind: ChartDatum['kind'], cell: ValueCell, where: { region?: string, year?: number }): ChartDatum {
  const datum: ChartDatum = {
    kind,
    ...where,
    amount: cell.value,
    approx: cell.approx,
    sources: cell.sources,
    reportIds: cell.reportIds,
  }
  if (cell.flagged)
    datum.flagged = true
  return datum
}

/** Category keys that are not regions (the compare chart's summary bar) start with NUL. */
const NOT_A_REGION = /^\0/

function isDatum(x: unknown): x is { datum: ChartDatum } {
  return typeof x === 'object' && x !== null && 'datum' in x && typeof (x as { datum: unknown }).datum === 'object'
}

/**
 * What a view needs from a `chart-click` event: the region, year and report
 * ids of the clicked bar, map region, line point or heatmap cell. A click on
 * a category axis label of the compare chart yields the region only.
 * null for clicks on anything else (legend, background).
 */
export function readChartDatum(params: unknown): ChartDatum | null {
  if (typeof params !== 'object' || params === null)
    return null
  const p = params as { data?: unknown, componentType?: string, value?: unknown }
  if (isDatum(p.data))
    return p.data.datum
  if (p.componentType === 'yAxis' && typeof p.value === 'string' && !NOT_A_REGION.test(p.value)) {
    return {
      kind: 'value',
      region: p.value,
      amount: null,
      approx: false,
      sources: [],
      reportIds: [],
    }
  }
  return null
}
