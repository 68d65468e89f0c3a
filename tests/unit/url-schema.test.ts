import { describe, expect, it } from 'vitest'
import { useChartClicks } from '../../src/composables/useChartClicks'
import { checkSortParams, linkQuery, parseCheckSort, parseObservationParam, parseTrendMode, trendModeParams, withViewParams } from '../../src/data/query'
import { useDatasetStore } from '../../src/stores/dataset'
import { useFiltersStore } from '../../src/stores/filters'
import { mountStores } from './store-app'

describe('the URL schema (data/query.ts)', () => {
  it('lets filters, language, theme and dataset follow a link, and leaves view parameters behind', () => {
    expect(linkQuery({ lang: 'en', dataset: 'synthetic-1m', county: ['盐池县', '同心县'], mode: 'yoy', sort: 'year', order: 'asc', obs: '3' }))
      .toEqual({ lang: 'en', dataset: 'synthetic-1m', county: '盐池县,同心县' })
  })

  it('writes each view parameter, and leaves a default out', () => {
    expect(withViewParams({ lang: 'en', mode: 'yoy' }, trendModeParams('value'))).toEqual({ lang: 'en' })
    expect(withViewParams({ lang: 'en' }, trendModeParams('yoy'))).toEqual({ lang: 'en', mode: 'yoy' })
    expect(withViewParams({ sort: 'year', order: 'asc' }, checkSortParams({ key: 'severity', order: 'desc' }))).toEqual({})
    expect(withViewParams({}, checkSortParams({ key: 'county', order: 'asc' }))).toEqual({ sort: 'county', order: 'asc' })
  })

  it('reads each view parameter back, ignoring what it does not know', () => {
    expect(parseTrendMode({ mode: 'yoy' })).toBe('yoy')
    expect(parseTrendMode({ mode: 'median' })).toBe('value')
    expect(parseCheckSort({ sort: 'county', order: 'asc' })).toEqual({ key: 'county', order: 'asc' })
    expect(parseCheckSort({ sort: 'agency', order: 'up' })).toEqual({ key: 'severity', order: 'desc' })
    expect(parseObservationParam({ obs: '2' }, 5)).toBe(2)
    expect(parseObservationParam({ obs: '5' }, 5)).toBeNull()
    expect(parseObservationParam({ obs: '-1' }, 5)).toBeNull()
  })
})

describe('a chart click that narrows the filters', () => {
  it('opens the overview with the county and year in one navigation: one Back returns to the chart', async () => {
    const env = await mountStores('/trends?lang=en&mode=yoy')
    await env.run(() => useDatasetStore()).load('fixture')
    const filters = env.run(() => useFiltersStore())
    const clicks = env.run(() => useChartClicks(filters.update))
    let navigations = 0
    env.router.afterEach(() => {
      navigations++
    })

    // A 盐池县 2022 value that rests on two reports.
    clicks.openOrNarrow({ data: { datum: { kind: 'value', region: '盐池县', year: 2022, amount: 98, approx: false, sources: ['text'], reportIds: ['a', 'b'] } } })
    await new Promise(resolve => setTimeout(resolve, 0))
    await env.router.isReady()

    expect(navigations).toBe(1)
    expect(env.router.currentRoute.value.path).toBe('/')
    expect(env.router.currentRoute.value.query).toEqual({ lang: 'en', county: '盐池县', from: '2022', to: '2022' })
    env.router.back()
    await new Promise(resolve => setTimeout(resolve, 0))
    expect(env.router.currentRoute.value.fullPath).toBe('/trends?lang=en&mode=yoy')
  })
})
