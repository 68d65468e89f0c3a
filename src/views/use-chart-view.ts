import { computed, onMounted } from 'vue'
import { useI18n } from 'vue-i18n'
import { useChartClicks } from '../composables/useChartClicks'
import { provideChartsPending } from '../composables/chartsPending'
import { useChartContext } from '../composables/useChartContext'
import { useFilterSummary } from '../composables/useFilterSummary'
import { placeLabel } from '../catalog/place-names'
import { useRoute, useRouter } from 'vue-router'
import { parseExcludeFlagged, withExcludeFlagged } from '../data/query'
import { dataFingerprint } from '../data/version'
import { useDatasetStore } from '../stores/dataset'
import { useReviewStore } from '../stores/review'
import { useFiltersStore } from '../stores/filters'
import { useSelectionStore } from '../stores/selection'
import { loadFlagSources } from './flag-sources'
import { afterFirstChart } from '../composables/afterFirstChart'

/**
 * What every chart view (compare, trends, heatmap) reads from the stores:
 * the filter summary drawn into titles and exports, the chart context
 * (strings, theme, unit, metadata), click handling, and county names in the
 * UI language. Part of the view layer: views are the only readers of stores.
 */
export function useChartView() {
  const { t } = useI18n()
  const data = useDatasetStore()
  const filterStore = useFiltersStore()
  const selection = useSelectionStore()
  const filterSummary = useFilterSummary({
    // The filters the charts are drawn from (a frame behind the URL's while a change is taken in).
    filters: () => selection.filters,
    lang: () => filterStore.lang,
    dataYears: () => data.dataset?.years ?? [],
    synthetic: () => data.manifest?.synthetic ?? false,
  })
  /**
   * Which reports a value counts, said on screen and in every export:
   * `latest` for the views that take each county's latest year in range
   * (compare, map), `perYear` for those that show every year.
   */
  const rules = computed(() => {
    const f = selection.filters
    const years = data.dataset?.years ?? []
    const from = f.from ?? years[0]
    const to = f.to ?? years.at(-1)
    const range = from === undefined || to === undefined ? '' : from === to ? t('summary.year', { y: from }) : t('summary.years', { from, to })
    const kinds = f.kinds.length > 0 ? f.kinds.map(k => t(`kind.${k}`)).join(t('summary.listSeparator')) : t('rule.allKinds')
    return { latest: t('rule.latest', { range, kinds }), perYear: t('rule.perYear', { kinds }) }
  })
  /** The loaded data, as exports name it: dataset, reports (imports counted) and a fingerprint of every value. */
  const dataVersion = computed(() => {
    const ds = data.dataset
    if (!ds)
      return ''
    return [data.manifest?.dataset ?? '', t('app.reports', { n: ds.reports.length }), dataFingerprint(ds)].filter(Boolean).join(' · ')
  })
  const chart = useChartContext({
    lang: () => filterStore.lang,
    theme: () => filterStore.theme,
    indicator: () => selection.indicator,
    filterSummary,
    counties: () => selection.filters.counties,
    rule: view => view === 'compare' || view === 'map' ? rules.value.latest : rules.value.perYear,
    synthetic: () => data.manifest?.synthetic ?? false,
    dataVersion,
  })
  provideChartsPending(computed(() => selection.pending))
  const clicks = useChartClicks(filterStore.update)
  /**
   * A county's name in the UI language. The language is read once per use
   * (a computed function), not per county: a store read per label was
   * ~17 ms of a filter change at 2,800 counties (issue 13).
   */
  const regionLabel = computed(() => {
    const lang = filterStore.lang
    return (region: string) => placeLabel(region, lang)
  })
  /** What to say instead of empty axes: no report selected, or none states the indicator. */
  const empty = computed(() => {
    if (!data.dataset)
      return null
    if (selection.reportCount === 0)
      return t('chart.emptyNoReports', { total: selection.totalReports })
    if (selection.regionYearCells.every(c => c.value === null))
      return t('chart.emptyNoValues', { n: selection.reportCount, indicator: chart.indicatorLabel.value })
    return null
  })
  /** Clear the filters but keep the indicator (the empty state's button). */
  const resetFilters = () => filterStore.reset()
  const flags = useFlags()
  return { data, filterStore, selection, chart, clicks, regionLabel, rules, empty, resetFilters, flags }
}

/**
 * Values flagged by a failed check not ignored (the review store; the
 * audit runs once a chart view has drawn its first chart), and whether medians leave them out
 * (`?xflag=1`, kept in the URL).
 */
function useFlags() {
  const review = useReviewStore()
  const route = useRoute()
  const router = useRouter()
  onMounted(() => afterFirstChart(loadFlagSources))
  return {
    values: computed(() => review.flagged.values),
    exclude: computed(() => parseExcludeFlagged(route.query)),
    setExclude: (on: boolean) => router.replace({ query: withExcludeFlagged(route.query, on) }),
  }
}
