import type { RegionYearCell } from './aggregate'
import type { Dataset } from './dataset'

/**
 * Counties whose values in `cells` come from reports of more than one agency
 * kind (e.g. the county government's report one year, the approval bureau's
 * the next). A line through such values mixes two agencies' figures, so the
 * trends view says so and points at the agency-kind filter.
 */
export function countMixedAgencyRegions(ds: Dataset, cells: readonly RegionYearCell[]): number {
  const kindsByRegion = new Map<number, Set<number>>()
  for (const cell of cells) {
    let kinds = kindsByRegion.get(cell.region)
    if (!kinds) {
      kinds = new Set()
      kindsByRegion.set(cell.region, kinds)
    }
    for (const r of cell.reportIndices)
      kinds.add(ds.reportKind[r]!)
  }
  let mixed = 0
  for (const kinds of kindsByRegion.values()) {
    if (kinds.size > 1)
      mixed++
  }
  return mixed
}
