import type { Filters } from '../../src/data/filters'
import { describe, expect, it, vi } from 'vitest'
import { effectScope, shallowRef } from 'vue'
import { useFilterOptions } from '../../src/composables/useFilterOptions'
import { combineParts } from '../../src/data/dataset'
import { EMPTY_FILTERS } from '../../src/data/filters'
import { snapshotPart } from './snapshot-part'
import { buildVocabulary } from '../../src/data/vocabulary'
import { fixtureSnapshot } from './data-fixture'

vi.mock('vue-i18n', () => ({ useI18n: () => ({ t: (key: string) => key, te: () => false }) }))

function dataset() {
  const s = fixtureSnapshot()
  return combineParts([snapshotPart({ manifest: s.manifest, reports: s.reports, observations: s.observations, reportsFile: 'r', observationsFile: 'o' })])
}

describe('the filter bar\'s options', () => {
  it('follow the chosen prefectures and indicator, not every filter change', () => {
    const ds = dataset()
    const current = shallowRef<Filters>({ ...EMPTY_FILTERS, indicator: 'licensing.decisions' })
    const options = effectScope().run(() => useFilterOptions({
      dataset: () => ds,
      vocabulary: () => buildVocabulary(ds),
      lang: () => 'zh-CN',
      prefectures: () => current.value.prefectures,
      indicator: () => current.value.indicator,
    }))!
    const counties = options.countyOptions.value
    const indicators = options.indicatorOptions.value
    // A year changes: the same options, not rebuilt.
    current.value = { ...current.value, from: 2022 }
    expect(options.countyOptions.value).toBe(counties)
    expect(options.indicatorOptions.value).toBe(indicators)
    // A prefecture is chosen: only its counties.
    current.value = { ...current.value, prefectures: ['吴忠市'] }
    expect(options.countyOptions.value).not.toBe(counties)
    expect(options.countyOptions.value.map(g => g.key)).toEqual(['吴忠市'])
  })
})
