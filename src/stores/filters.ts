import type { Filters } from '../data/filters'
import type { Lang, NavView, QueryNotice, Theme } from '../data/query'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { EMPTY_FILTERS } from '../data/filters'
import { checkQuery, linkQuery, parseAppQuery, parseFilterQuery, withFilters } from '../data/query'
import { buildVocabulary } from '../data/vocabulary'
import { useDatasetStore } from './dataset'

/**
 * The global filters, language, theme and dataset. The URL is the only
 * state: these are computed from the route's query, and every change is a
 * router navigation, so a copied link reproduces the view and back/forward
 * work.
 */
export const useFiltersStore = defineStore('filters', () => {
  const route = useRoute()
  const router = useRouter()
  const data = useDatasetStore()

  const app = computed(() => parseAppQuery(route.query))
  const vocabulary = computed(() => buildVocabulary(data.dataset))
  const parsed = computed(() => parseFilterQuery(route.query, vocabulary.value))
  const filters = computed<Filters>(() => parsed.value.filters)
  const lang = computed(() => app.value.lang)
  const theme = computed(() => app.value.theme)
  const datasetName = computed(() => app.value.dataset)
  /** Observations of the report on show, for `obs` (null until the report is loaded). */
  const observationCount = computed(() => {
    const ds = data.dataset
    const index = route.name === 'report' && ds ? ds.reportById.get(String(route.params.id ?? '')) : undefined
    return index === undefined ? null : ds!.reportOffsets[index + 1]! - ds!.reportOffsets[index]!
  })
  /** Ignored parameters; filter values are judged only once the data (and its names) is known. */
  const notices = computed<QueryNotice[]>(() =>
    data.status === 'ready'
      ? [
          ...app.value.notices,
          ...parsed.value.notices,
          ...checkQuery(route.query, { observationCount: observationCount.value }),
        ]
      : app.value.notices)

  function navigate(query: Record<string, string>, replace = false) {
    const to = { path: route.path, query, hash: route.hash }
    return replace
      ? router.replace(to)
      : router.push(to)
  }

  /**
   * Change some filters; counties outside newly chosen prefectures are
   * dropped. With `view`, open that view with the new filters: one
   * navigation, one history entry.
   */
  function update(patch: Partial<Filters>, view?: NavView) {
    const next = {
      ...filters.value,
      ...patch,
    }
    if (patch.prefectures && patch.prefectures.length > 0 && !patch.counties) {
      const prefectures = new Set(patch.prefectures)
      next.counties = next.counties.filter(c => prefectures.has(vocabulary.value.counties.get(c) ?? ''))
    }
    if (view)
      return router.push({ name: view, query: withFilters(linkQuery(route.query), next) })
    return navigate(withFilters(route.query, next))
  }

  /** Clear every filter; the indicator stays (it is what the reviewer is looking at). */
  function reset() {
    return navigate(withFilters(route.query, { ...EMPTY_FILTERS, indicator: filters.value.indicator }))
  }

  function setParam(key: 'lang' | 'theme', value: string | null) {
    const query = {
      ...withFilters(route.query, filters.value),
    }
    if (value === null)
      delete query[key]
    else
      query[key] = value
    // Language and theme are how, not what: no history entry of their own.
    return navigate(query, true)
  }

  const setLang = (next: Lang) => setParam('lang', next === 'en'
    ? 'en'
    : null)
  const setTheme = (next: Theme) => setParam('theme', next === 'dark'
    ? 'dark'
    : null)

  return {
    filters,
    lang,
    theme,
    datasetName,
    notices,
    vocabulary,
    update,
    reset,
    setLang,
    setTheme,
  }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useFiltersStore, import.meta.hot))
