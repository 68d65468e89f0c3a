import { useChartClicks } from '../composables/useChartClicks'
import { useChartContext } from '../composables/useChartContext'
import { useFilterSummary } from '../composables/useFilterSummary'
import { placeLabel } from '../catalog/place-names'
import { useDatasetStore } from '../stores/dataset'
import { useFiltersStore } from '../stores/filters'
import { useSelectionStore } from '../stores/selection'

/**
 * What every chart view (compare, trends, heatmap) reads from the stores:
 * the filter summary drawn into titles and exports, the chart context
 * (strings, theme, unit, metadata), click handling, and county names in the
 * UI language. Part of the view layer: views are the only readers of stores.
 */
export function useChartView() {
  const data = useDatasetStore()
  const filterStore = useFiltersStore()
  const selection = useSelectionStore()
  const filterSummary = useFilterSummary({
    filters: () => filterStore.filters,
    lang: () => filterStore.lang,
    dataYears: () => data.dataset?.years ?? [],
    synthetic: () => data.manifest?.synthetic ?? false,
  })
  const chart = useChartContext({
    lang: () => filterStore.lang,
    theme: () => filterStore.theme,
    indicator: () => selection.indicator,
    filterSummary,
    counties: () => filterStore.filters.counties,
  })
  const clicks = useChartClicks(filterStore.update)
  /** A county's name in the UI language. */
  const regionLabel = (region: string) => placeLabel(region, filterStore.lang)
  return { data, filterStore, selection, chart, clicks, regionLabel }
}
