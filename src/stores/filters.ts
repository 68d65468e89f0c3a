import type { Filters } from '../data/filters'
import type { Lang, NavView, QueryNotice, Theme } from '../data/query'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { afterNextPaint } from '../composables/afterNextPaint'
import { EMPTY_FILTERS, sameFilters } from '../data/filters'
import { checkQuery, linkQuery, parseAppQuery, parseFilterQuery, withFilters } from '../data/query'
import { buildVocabulary } from '../data/vocabulary'
import { useDatasetStore } from './dataset'

/**
 * The global filters, language, theme and dataset. The URL is the only
 * lasting state: these are computed from the route's query, and every
 * change is a router navigation, so a copied link reproduces the view and
 * back/forward work. Only `current` runs a paint ahead of the URL while a
 * filter change is on its way to it.
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

  /**
   * The filters as the reader last set them. A change the reader makes is
   * shown here at once, and the filter bar and the chart views' busy marks
   * follow it in the input's own task; the navigation (the URL, and all
   * that reads the route: the nav links, the views' parameters) follows in
   * the task after the next paint. The input's task is then only the
   * controls' and the busy marks' redraw (issue 13: the acknowledgement
   * within a frame). When the URL changes it follows the URL, but keeps its
   * object while the URL says the same (the URL catching up, a language
   * switch), so nothing reading it redraws or recomputes for that.
   */
  const current = shallowRef<Filters>(filters.value)
  let cancelNavigation = () => {}
  watch(filters, (next) => {
    // Back, forward or a pasted link before a change was navigated to: the URL wins.
    cancelNavigation()
    if (!sameFilters(next, current.value))
      current.value = next
  }, { flush: 'sync' })

  /** Navigate to `next` after the next paint, showing it at once (at once where nothing paints: Node, tests). */
  function request(next: Filters): Promise<unknown> {
    cancelNavigation()
    if (typeof requestAnimationFrame === 'undefined')
      return navigate(withFilters(route.query, next))
    current.value = next
    return new Promise((resolve) => {
      const cancel = afterNextPaint(() => resolve(navigate(withFilters(route.query, next))))
      cancelNavigation = () => {
        cancel()
        resolve(undefined)
      }
    })
  }

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
      ...current.value,
      ...patch,
    }
    if (patch.prefectures && patch.prefectures.length > 0 && !patch.counties) {
      const prefectures = new Set(patch.prefectures)
      next.counties = next.counties.filter(c => prefectures.has(vocabulary.value.counties.get(c) ?? ''))
    }
    if (view) {
      cancelNavigation()
      return router.push({ name: view, query: withFilters(linkQuery(route.query), next) })
    }
    return request(next)
  }

  /** Clear every filter; the indicator stays (it is what the reviewer is looking at). */
  function reset() {
    return request({ ...EMPTY_FILTERS, indicator: current.value.indicator })
  }

  function setParam(key: 'lang' | 'theme', value: string | null) {
    // A change still waiting for its navigation goes with this one.
    cancelNavigation()
    const query = {
      ...withFilters(route.query, current.value),
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
    current,
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
