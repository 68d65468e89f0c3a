import type { MaybeRefOrGetter } from 'vue'
import type { ChartStrings } from '../charts/strings'
import type { BaseChartOptions, ChartMeta } from '../charts/types'
import type { IndicatorInfo } from '../data/indicator-info'
import type { Lang, Theme } from '../data/query'
import { computed, toValue } from 'vue'
import { buildChartMeta } from '../charts/meta'
import { CHART_CARD_LABELS_EN, CHART_CARD_LABELS_ZH, CHART_STRINGS_EN, CHART_STRINGS_ZH } from '../i18n/chart-strings'
import { useUnitLabel } from './useUnitLabel'

/**
 * What every chart of a view shares: translated strings, the indicator's
 * label and unit, the theme, and export metadata (title stating indicator,
 * unit and view; the filters in force; a file name that says what is inside).
 */
export function useChartContext(options: {
  lang: MaybeRefOrGetter<Lang>
  theme: MaybeRefOrGetter<Theme>
  indicator: MaybeRefOrGetter<IndicatorInfo>
  filterSummary: MaybeRefOrGetter<string>
  /** Counties chosen in the filters (empty = all). */
  counties: MaybeRefOrGetter<readonly string[]>
  /** The rule behind a view's numbers (which year, which agencies), drawn into its exports. */
  rule?: (view: keyof ChartStrings['views']) => string
  /** Synthetic data: exports name no real source. */
  synthetic?: MaybeRefOrGetter<boolean>
  /** Which data the charts are drawn from, for the exports' footer. */
  dataVersion?: MaybeRefOrGetter<string>
}) {
  const unitLabel = useUnitLabel()
  const strings = computed<ChartStrings>(() => toValue(options.lang) === 'en' ? CHART_STRINGS_EN : CHART_STRINGS_ZH)
  const cardLabels = computed(() => toValue(options.lang) === 'en' ? CHART_CARD_LABELS_EN : CHART_CARD_LABELS_ZH)
  const indicatorLabel = computed(() => {
    const i = toValue(options.indicator)
    return toValue(options.lang) === 'en' ? i.en : i.zh
  })
  const unit = computed(() => unitLabel(toValue(options.indicator).unit))

  const base = computed<BaseChartOptions>(() => ({
    indicatorLabel: indicatorLabel.value,
    unit: unit.value,
    filterSummary: toValue(options.filterSummary),
    strings: strings.value,
    theme: toValue(options.theme),
    locale: toValue(options.lang),
  }))

  function meta(view: keyof ChartStrings['views'], years: Iterable<number>): ChartMeta {
    const counties = toValue(options.counties)
    return buildChartMeta({
      view,
      indicatorLabel: indicatorLabel.value,
      unit: unit.value,
      filterSummary: toValue(options.filterSummary),
      years,
      regions: counties.length > 0 ? counties : null,
      strings: strings.value,
      rule: options.rule?.(view),
      synthetic: toValue(options.synthetic) ?? false,
      dataVersion: toValue(options.dataVersion),
    })
  }

  /** The props every ChartCard of a view takes alike: `v-bind="cardProps"`. */
  const cardProps = computed(() => ({
    theme: toValue(options.theme),
    labels: cardLabels.value,
    locale: toValue(options.lang),
  }))

  return { strings, cardProps, indicatorLabel, unit, base, meta }
}
