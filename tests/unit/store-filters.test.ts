import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { useDatasetStore } from '../../src/stores/dataset'
import { useFiltersStore } from '../../src/stores/filters'
import { useSelectionStore } from '../../src/stores/selection'
import { mountStores } from './store-app'

async function setup(path: string) {
  const env = await mountStores(path)
  const data = env.run(() => useDatasetStore())
  await data.load('fixture')
  const filters = env.run(() => useFiltersStore())
  const selection = env.run(() => useSelectionStore())
  return { ...env, data, filters, selection }
}

describe('filters in the URL', () => {
  it('reads the filters from the route and selects the matching reports', async () => {
    const { filters, selection } = await setup('/compare?pref=吴忠市&from=2022&ind=hotline.completion_rate')
    expect(filters.filters).toMatchObject({ prefectures: ['吴忠市'], from: 2022, to: null, indicator: 'hotline.completion_rate' })
    expect(selection.reportCount).toBe(3)
    expect(selection.indicator.combine).toBe('median')
    // 盐池县 2022 has two reports (97 and 99): their median.
    const cell = selection.regionYearCells.find(c => c.year === 2022)!
    expect([cell.value, cell.reports]).toEqual([98, 2])
  })

  it('puts a change in the URL, keeps other parameters, and the selection follows', async () => {
    const { filters, selection, router } = await setup('/compare?lang=en&sort=year')
    expect(selection.reportCount).toBe(6)
    await filters.update({ counties: ['中宁县'] })
    expect(router.currentRoute.value.query).toEqual({ lang: 'en', sort: 'year', county: '中宁县' })
    expect(router.currentRoute.value.path).toBe('/compare')
    expect(selection.reportCount).toBe(1)
    expect(selection.latestCells.map(c => c.value)).toEqual([3000])
  })

  it('drops counties outside a newly chosen prefecture', async () => {
    const { filters, router } = await setup('/?county=盐池县,中宁县')
    await filters.update({ prefectures: ['吴忠市'] })
    expect(router.currentRoute.value.query).toEqual({ pref: '吴忠市', county: '盐池县' })
  })

  it('resets every filter but keeps the indicator, language and view', async () => {
    const { filters, router } = await setup('/trends?county=盐池县&kind=approval-bureau&ind=newmedia.posts&lang=en')
    await filters.reset()
    expect(router.currentRoute.value.fullPath).toBe('/trends?lang=en&ind=newmedia.posts')
  })

  it('follows back and forward', async () => {
    const { filters, selection, router } = await setup('/')
    await filters.update({ kinds: ['county-government'] })
    expect(selection.reportCount).toBe(1)
    router.back()
    await new Promise(resolve => setTimeout(resolve, 0))
    await router.isReady()
    expect(filters.filters.kinds).toEqual([])
    expect(selection.reportCount).toBe(6)
  })

  it('reports ignored values only once the data is there to judge them', async () => {
    const env = await mountStores('/?county=火星县&lang=fr')
    const filters = env.run(() => useFiltersStore())
    expect(filters.notices).toEqual([{ param: 'lang', value: 'fr' }])
    await env.run(() => useDatasetStore()).load('fixture')
    expect(filters.notices).toEqual([{ param: 'lang', value: 'fr' }, { param: 'county', value: '火星县' }])
  })

  it('switches language and theme without a history entry of their own', async () => {
    const { filters, router } = await setup('/')
    await filters.update({ counties: ['盐池县'] })
    await filters.setLang('en')
    await filters.setTheme('dark')
    expect(router.currentRoute.value.query).toEqual({ county: '盐池县', lang: 'en', theme: 'dark' })
    expect([filters.lang, filters.theme]).toEqual(['en', 'dark'])
    // Back undoes the county, the last real change.
    router.back()
    await new Promise(resolve => setTimeout(resolve, 0))
    expect(router.currentRoute.value.fullPath).toBe('/')
  })
})

describe('a filter change in a page that paints', () => {
  /** Stub animation frames; `paint()` runs them, then the tasks they scheduled. */
  function stubFrames() {
    const frames: FrameRequestCallback[] = []
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb))
    vi.stubGlobal('cancelAnimationFrame', (id: number) => {
      frames[id - 1] = () => {}
    })
    return async function paint() {
      // Vue's watchers (the selection's among them) ask for their frame in the task's microtasks.
      await nextTick()
      frames.splice(0).forEach(cb => cb(0))
      await new Promise(resolve => setTimeout(resolve, 0))
    }
  }

  it('is acknowledged first: shown in the filter bar, charts marked pending; URL and selection follow the paint', async () => {
    const paint = stubFrames()
    try {
      const { filters, selection, router } = await setup('/compare')
      expect(selection.reportCount).toBe(6)
      const done = filters.update({ counties: ['中宁县'] })
      // The input's task: the filter bar's state and the busy mark, nothing else.
      const shown = filters.current
      expect(shown.counties).toEqual(['中宁县'])
      expect(selection.pending).toBe(true)
      expect(router.currentRoute.value.query).toEqual({})
      expect(filters.filters.counties).toEqual([])
      expect(selection.filters.counties).toEqual([])
      expect(selection.reportCount).toBe(6)
      // The frame paints; the next tasks navigate and take the change in.
      await paint()
      await done
      expect(router.currentRoute.value.query).toEqual({ county: '中宁县' })
      expect(selection.pending).toBe(false)
      expect(selection.reportCount).toBe(1)
      // The URL caught up: the filter bar's filters keep their object (no redraw for it).
      expect(filters.current).toBe(shown)
    }
    finally {
      vi.unstubAllGlobals()
    }
  })

  it('navigates once for changes made before the paint, to the last', async () => {
    const paint = stubFrames()
    try {
      const { filters, selection, router } = await setup('/compare')
      const first = filters.update({ counties: ['中宁县'] })
      const second = filters.update({ from: 2022 })
      expect(filters.current).toMatchObject({ counties: ['中宁县'], from: 2022 })
      await paint()
      await Promise.all([first, second])
      expect(router.currentRoute.value.query).toEqual({ county: '中宁县', from: '2022' })
      expect(selection.filters).toMatchObject({ counties: ['中宁县'], from: 2022 })
      // One history entry: back returns to the page without filters.
      router.back()
      await new Promise(resolve => setTimeout(resolve, 0))
      await paint()
      expect(router.currentRoute.value.query).toEqual({})
      expect(selection.filters.counties).toEqual([])
    }
    finally {
      vi.unstubAllGlobals()
    }
  })

  it('keeps the selection when the URL catches up with a change already taken in', async () => {
    const paint = stubFrames()
    try {
      const { filters, selection } = await setup('/compare')
      const done = filters.update({ kinds: ['county-government'] })
      await paint()
      await done
      const taken = selection.selection
      // The same filters under a new URL (the language): nothing to recompute.
      await filters.setLang('en')
      await paint()
      expect(selection.pending).toBe(false)
      expect(selection.selection).toBe(taken)
    }
    finally {
      vi.unstubAllGlobals()
    }
  })
})
