import type { SelectGroupOption, SelectOption } from 'naive-ui'
import type { MaybeRefOrGetter } from 'vue'
import type { Dataset } from '../data/dataset'
import type { IndicatorCount } from '../data/indicator-counts'
import type { Lang, Vocabulary } from '../data/query'
import { computed, toValue } from 'vue'
import { useI18n } from 'vue-i18n'
import { CATEGORIES, INDICATORS } from '../catalog/indicators'
import { placeLabel } from '../catalog/place-names'
import { AGENCY_KINDS } from '../data/enums'
import { useUnitLabel } from './useUnitLabel'

/** "Yanchi 盐池县" in English, so a county is found by either name. */
function bilingual(name: string, lang: Lang): string {
  const label = placeLabel(name, lang)
  return label === name
    ? name
    : `${label} ${name}`
}

/** What a place is found by in either language: 盐池县 Yanchi. */
function searchText(name: string): string {
  return `${name} ${placeLabel(name, 'en')}`
}

/**
 * The choices of the filter bar, translated: prefectures, counties grouped by
 * prefecture (only those of the chosen prefectures), years, agency kinds and
 * indicators grouped by category with their unit and, given `counts`, how
 * many counties and reports of the selection state each.
 */
export function useFilterOptions(options: {
  dataset: MaybeRefOrGetter<Dataset | null>
  vocabulary: MaybeRefOrGetter<Vocabulary>
  lang: MaybeRefOrGetter<Lang>
  prefectures: MaybeRefOrGetter<readonly string[]>
  /** The chosen indicator, listed even when the data lacks it. */
  indicator: MaybeRefOrGetter<string>
  /** Per indicator, the counties and reports of the current selection that state it. */
  counts?: MaybeRefOrGetter<ReadonlyMap<string, IndicatorCount> | undefined>
}) {
  const { t } = useI18n()
  const unitLabel = useUnitLabel()
  // Read through computeds: the options follow the chosen prefectures and
  // indicator, not every filter change (a year's key press rebuilt 2,800
  // counties' options and the selects' labels in the input's own task at
  // national scale, issue 13).
  const chosenPrefectures = computed(() => toValue(options.prefectures))
  const chosenIndicator = computed(() => toValue(options.indicator))

  const prefectureOptions = computed<SelectOption[]>(() => {
    const lang = toValue(options.lang)
    return [
      ...toValue(options.vocabulary).prefectures,
    ].map(p => ({
      label: bilingual(p, lang),
      value: p,
      search: searchText(p),
    }))
  })

  const countyOptions = computed<SelectGroupOption[]>(() => {
    const lang = toValue(options.lang)
    const chosen = new Set(chosenPrefectures.value)
    const groups = new Map<string, SelectOption[]>()
    for (const [county, prefecture] of toValue(options.vocabulary).counties) {
      const key = prefecture ?? '—'
      if (chosen.size > 0 && !chosen.has(key))
        continue
      if (!groups.has(key))
        groups.set(key, [])
      groups.get(key)!.push({
        label: bilingual(county, lang),
        value: county,
        search: searchText(county),
      })
    }
    return [...groups].map(([prefecture, children]) => ({
      type: 'group',
      label: placeLabel(prefecture, lang),
      key: prefecture,
      children,
    }))
  })

  /** Every year from the first to the last the data holds. */
  const years = computed<number[]>(() => {
    const ds = toValue(options.dataset)
    const first = ds?.years[0]
    const last = ds?.years[ds.years.length - 1]
    if (first === undefined || last === undefined)
      return []
    return Array.from({ length: last - first + 1 }, (_, i) => first + i)
  })

  const kindOptions = computed<SelectOption[]>(() => AGENCY_KINDS.map(k => ({
    label: t(`kind.${k}`),
    value: k,
  })))

  /** Catalog indicators the data states (and the chosen one), by category; unknown ids (imports) last. */
  const indicatorOptions = computed<SelectGroupOption[]>(() => {
    const lang = toValue(options.lang)
    const ds = toValue(options.dataset)
    const present = new Set(ds?.indicators ?? [])
    present.add(chosenIndicator.value)
    const counts = toValue(options.counts)
    /** "· 4 个区县 · 5 份报告": how widely the selection states it. */
    const reach = (id: string) => {
      const c = counts?.get(id)
      return counts ? ` · ${t('filters.indicatorReach', { regions: c?.regions ?? 0, reports: c?.reports ?? 0 })}` : ''
    }
    const name = (zh: string, en: string, unit: string) => (lang === 'en'
      ? `${en} (${unitLabel(unit)})`
      : `${zh}（${unitLabel(unit)}）`)
    const groups: SelectGroupOption[] = CATEGORIES.map(c => ({
      type: 'group',
      key: c.id,
      label: lang === 'en'
        ? c.en
        : c.zh,
      children: INDICATORS.filter(i => i.category === c.id && present.has(i.id)).map(i => ({
        // The menu shows the reach; the chosen value (`short`) shows the name only.
        label: name(i.zh, i.en, i.unit) + reach(i.id),
        short: name(i.zh, i.en, i.unit),
        value: i.id,
        search: `${i.zh} ${i.en} ${i.id}`,
      })),
    }))
    const known = new Set(INDICATORS.map(i => i.id))
    const others = [...present].filter(id => !known.has(id)).map(id => ({ label: id + reach(id), short: id, value: id }))
    if (others.length > 0) {
      groups.push({
        type: 'group',
        key: 'other',
        label: t('filters.otherIndicators'),
        children: others,
      })
    }
    return groups.filter(g => g.children && g.children.length > 0)
  })

  return {
    prefectureOptions,
    countyOptions,
    years,
    kindOptions,
    indicatorOptions,
  }
}
