import type { ChartDatum } from '../charts/types'
import type { Filters } from '../data/filters'
import type { NavView } from '../data/query'
import { useRouter } from 'vue-router'
import { readChartDatum } from '../charts/datum'
import { useViewLinks } from './useViewLinks'

/** The filters store's `update`: change filters, optionally opening another view in the same navigation. */
export type UpdateFilters = (patch: Partial<Filters>, view?: NavView) => unknown

/**
 * What a click on a chart does. A value that rests on one report opens it;
 * a value several reports share narrows the filters to that county and
 * year and shows them in the overview's coverage matrix (one navigation).
 */
export function useChartClicks(update: UpdateFilters) {
  const router = useRouter()
  const { reportLink } = useViewLinks()

  function open(datum: ChartDatum): boolean {
    if (datum.reportIds.length === 1) {
      router.push(reportLink(datum.reportIds[0]!))
      return true
    }
    if (datum.reportIds.length > 1 && datum.region && datum.year !== undefined) {
      update({ counties: [datum.region], from: datum.year, to: datum.year }, 'overview')
      return true
    }
    return false
  }

  /** Bars, line points, heatmap cells: open the report; a county label or an absent cell narrows to the county. */
  function openOrNarrow(params: unknown) {
    const datum = readChartDatum(params)
    if (!datum || datum.kind === 'rest' || datum.kind === 'median')
      return
    if (!open(datum) && datum.region)
      update({ counties: [datum.region] })
  }

  /** Map regions: narrow the county filter to the clicked county (again: back to all). */
  function toggleCounty(params: unknown, current: readonly string[]) {
    const datum = readChartDatum(params)
    const region = datum?.region ?? (params as { name?: string } | null)?.name
    if (!region)
      return
    update({ counties: current.length === 1 && current[0] === region ? [] : [region] })
  }

  return { openOrNarrow, toggleCounty }
}
