import type { Combined, RegionYearCell } from '../data/aggregate'
import type { Filters, ReportSelection } from '../data/filters'
import type { KpiFigure } from '../data/kpi'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef, watch } from 'vue'
import { aggregateRegionYear, aggregateTotal, latestByRegion } from '../data/aggregate'
import { countChecks, listChecks, topChecks } from '../data/checks'
import { buildCoverage, coverageRegions, regionsWithReports } from '../data/coverage'
import { sameFilters, selectReports } from '../data/filters'
import { indicatorCounts as countIndicators } from '../data/indicator-counts'
import { indicatorInfo } from '../data/indicator-info'
import { kpiForYear, latestSelectedYear } from '../data/kpi'
import { afterNextPaint } from '../composables/afterNextPaint'
import { useDatasetStore } from './dataset'
import { useFiltersStore } from './filters'

const EMPTY_SELECTION: ReportSelection = {
  mask: new Uint8Array(0),
  count: 0,
}

/**
 * What the filters select from the data: a report mask and the aggregates
 * the views draw. All computed, so each is recomputed only when its inputs
 * change and only when some view reads it.
 */
export const useSelectionStore = defineStore('selection', () => {
  const data = useDatasetStore()
  const filterStore = useFiltersStore()

  /**
   * The filters the selection is computed from: the reader's (the filters
   * store's `current`: a change is shown in the filter bar at once, and in
   * the URL a paint later), taken over in the task after the next paint.
   * The input's task then only redraws the filter bar and marks the charts
   * busy (`pending`), and the frame showing that is painted before the
   * aggregation and the option builders run (issue 13 item 3). A new
   * dataset takes them at once (nothing was drawn from the old one to
   * acknowledge), and so does a page without frames (Node, in tests).
   */
  const applied = shallowRef<Filters>(filterStore.current)
  let appliedTo = data.dataset
  let cancelApply = () => {}
  watch([() => filterStore.current, () => data.dataset], ([next, dataset]) => {
    cancelApply()
    if (dataset !== appliedTo || typeof requestAnimationFrame === 'undefined') {
      appliedTo = dataset
      applied.value = next
      return
    }
    // Changed and changed back before the paint: nothing to take over.
    if (!sameFilters(next, applied.value))
      cancelApply = afterNextPaint(() => {
        applied.value = next
      })
  })
  /** The reader's filters are newer than what the views show: charts about to change. */
  const pending = computed(() => !sameFilters(applied.value, filterStore.current))

  const selection = computed(() => data.dataset
    ? selectReports(data.dataset, applied.value)
    : EMPTY_SELECTION)
  const reportCount = computed(() => selection.value.count)
  const totalReports = computed(() => data.dataset?.reports.length ?? 0)

  /** The chosen indicator's labels, unit and how it combines. */
  const indicator = computed(() => {
    const id = applied.value.indicator
    const ds = data.dataset
    const code = ds?.indicatorCode.get(id)
    const rows = code === undefined
      ? undefined
      : ds!.byIndicator[code]
    const unit = rows && rows.length > 0
      ? ds!.units[ds!.obsUnit[rows[0]!]!]
      : undefined
    return indicatorInfo(id, unit)
  })

  /** County × year cells of the chosen indicator (absent cells are not listed). */
  const regionYearCells = computed<RegionYearCell[]>(() => {
    const ds = data.dataset
    if (!ds)
      return []
    return aggregateRegionYear(ds, selection.value.mask, indicator.value.id, indicator.value.combine)
  })

  /** Per county, its latest cell in range: the comparison. */
  const latestCells = computed(() => latestByRegion(regionYearCells.value))

  /** One indicator over the whole selection. */
  function total(indicatorId: string): Combined | null {
    const ds = data.dataset
    if (!ds)
      return null
    return aggregateTotal(ds, selection.value.mask, indicatorId, indicatorInfo(indicatorId).combine)
  }

  /** The year the KPI cards show: the latest among the selected reports. */
  const kpiYear = computed(() => data.dataset ? latestSelectedYear(data.dataset, selection.value.mask) : null)
  /** The selection without its year range: where 同比 finds the year before the range. */
  const anyYear = computed(() => data.dataset
    ? selectReports(data.dataset, { ...applied.value, from: null, to: null }).mask
    : EMPTY_SELECTION.mask)

  /** One indicator in the KPI year, with its 同比 (KPI cards). */
  function kpi(indicatorId: string): KpiFigure | null {
    const ds = data.dataset
    const year = kpiYear.value
    if (!ds || year === null)
      return null
    return kpiForYear(ds, selection.value.mask, indicatorId, indicatorInfo(indicatorId).combine, year, anyYear.value)
  }

  /** The counties the filters cover (also those without reports), for charts that show gaps. */
  const scopeRegions = computed(() => data.dataset ? coverageRegions(data.dataset, selection.value.mask, applied.value).map(r => r.region) : [])

  /** Per indicator, how many counties and reports of the selection state it (the indicator picker). */
  const indicatorCounts = computed(() => data.dataset ? countIndicators(data.dataset, selection.value.mask) : new Map())

  /** The counties with at least one selected report: an absent value elsewhere is 无报告. */
  const reportedRegions = computed(() => data.dataset ? regionsWithReports(data.dataset, selection.value.mask) : new Set<string>())

  const coverage = computed(() => data.dataset
    ? buildCoverage(data.dataset, selection.value.mask, applied.value)
    : { years: [], rows: [] })
  const checks = computed(() => data.dataset
    ? listChecks(data.dataset, selection.value.mask)
    : [])
  const checkCounts = computed(() => data.dataset
    ? countChecks(data.dataset, selection.value.mask)
    : { error: 0, warning: 0, info: 0 })

  /** The most severe few, for the overview (cheap at national scale). */
  const topFailedChecks = computed(() => data.dataset ? topChecks(data.dataset, selection.value.mask, 5) : [])

  return {
    /** The filters the views draw (see `applied`); the filter bar shows the URL's. */
    filters: applied,
    pending,
    selection,
    reportCount,
    totalReports,
    indicator,
    regionYearCells,
    latestCells,
    total,
    kpiYear,
    kpi,
    scopeRegions,
    reportedRegions,
    indicatorCounts,
    coverage,
    checks,
    checkCounts,
    topFailedChecks,
  }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useSelectionStore, import.meta.hot))
