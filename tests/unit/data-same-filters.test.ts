import { describe, expect, it } from 'vitest'
import { EMPTY_FILTERS, sameFilters } from '../../src/data/filters'

describe('sameFilters', () => {
  it('is true for equal contents in different objects, as a URL parsed again gives', () => {
    const a = { ...EMPTY_FILTERS, counties: ['盐池县', '中宁县'], from: 2020 }
    const b = { ...EMPTY_FILTERS, counties: ['盐池县', '中宁县'].slice(), from: 2020 }
    expect(sameFilters(a, b)).toBe(true)
  })

  it('tells every field apart', () => {
    const base = { ...EMPTY_FILTERS, prefectures: ['吴忠市'], counties: ['盐池县'], kinds: ['county-government' as const], from: 2020, to: 2023 }
    const changes = [
      { prefectures: ['银川市'] },
      { prefectures: [] },
      { counties: ['盐池县', '同心县'] },
      { kinds: ['approval-bureau' as const] },
      { from: null },
      { to: 2022 },
      { indicator: 'hotline.completion_rate' },
    ]
    for (const change of changes)
      expect(sameFilters(base, { ...base, ...change }), JSON.stringify(change)).toBe(false)
  })

  it('counts order, as the URL does', () => {
    expect(sameFilters({ ...EMPTY_FILTERS, counties: ['甲', '乙'] }, { ...EMPTY_FILTERS, counties: ['乙', '甲'] })).toBe(false)
  })
})
