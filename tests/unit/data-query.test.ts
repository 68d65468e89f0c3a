import { describe, expect, it } from 'vitest'
import { EMPTY_FILTERS } from '../../src/data/filters'
import { filtersToQuery, parseAppQuery, parseFilterQuery, withFilters } from '../../src/data/query'
import { buildVocabulary } from '../../src/data/vocabulary'

const vocab = buildVocabulary(null)

describe('filters in the URL', () => {
  it('round-trips every filter through the query string', () => {
    const filters = {
      prefectures: ['吴忠市'],
      counties: ['盐池县', '同心县'],
      from: 2019,
      to: 2023,
      kinds: ['approval-bureau' as const],
      indicator: 'hotline.completion_rate',
    }
    const query = filtersToQuery(filters)
    expect(query).toEqual({
      pref: '吴忠市',
      county: '盐池县,同心县',
      from: '2019',
      to: '2023',
      kind: 'approval-bureau',
      ind: 'hotline.completion_rate',
    })
    expect(parseFilterQuery(query, vocab)).toEqual({ filters, notices: [] })
  })

  it('ignores unknown values and reports each one', () => {
    const { filters, notices } = parseFilterQuery({
      county: '盐池县,火星县',
      from: '20x9',
      kind: 'ministry',
      ind: 'nope',
    }, vocab)
    expect(filters).toEqual({
      ...EMPTY_FILTERS,
      counties: ['盐池县'],
    })
    expect(notices).toEqual([
      { param: 'county', value: '火星县' },
      { param: 'kind', value: 'ministry' },
      { param: 'from', value: '20x9' },
      { param: 'ind', value: 'nope' },
    ])
  })

  it('drops a county outside the chosen prefecture visibly', () => {
    const { filters, notices } = parseFilterQuery({ pref: '吴忠市', county: '盐池县,中宁县' }, vocab)
    expect(filters.counties).toEqual(['盐池县'])
    expect(notices).toEqual([
      { param: 'county', value: '中宁县' },
    ])
  })

  it('drops an end year before the start year', () => {
    const { filters, notices } = parseFilterQuery({ from: '2023', to: '2019' }, vocab)
    expect([filters.from, filters.to]).toEqual([2023, null])
    expect(notices).toHaveLength(1)
  })

  it('accepts full-width commas and repeated keys', () => {
    expect(parseFilterQuery({
      county: ['盐池县，同心县', '灵武市'],
    }, vocab).filters.counties).toEqual(['盐池县', '同心县', '灵武市'])
  })

  it('keeps view parameters when the filters change', () => {
    expect(withFilters({ lang: 'en', county: '盐池县', sort: 'year' }, { ...EMPTY_FILTERS, from: 2020 }))
      .toEqual({ lang: 'en', sort: 'year', from: '2020' })
  })
})

describe('app parameters', () => {
  it('defaults to Chinese, light, bundled', () => {
    expect(parseAppQuery({})).toEqual({
      lang: 'zh-CN',
      theme: 'light',
      dataset: 'bundled',
      notices: [],
    })
  })

  it('refuses a dataset name that is not a plain path segment', () => {
    const q = parseAppQuery({ dataset: '../secrets', lang: 'en', theme: 'dark' })
    expect(q).toMatchObject({ lang: 'en', theme: 'dark', dataset: 'bundled' })
    expect(q.notices).toEqual([
      { param: 'dataset', value: '../secrets' },
    ])
  })
})

describe('enumerations kept apart from the schema', () => {
  it('match the schema\'s lists', async () => {
    const schema = await import('../../src/schema/report')
    const enums = await import('../../src/data/enums')
    expect(enums.AGENCY_KINDS).toEqual(schema.AGENCY_KINDS)
    expect(enums.SOURCES).toEqual(schema.SOURCES)
    expect(enums.SEVERITIES).toEqual(schema.SEVERITIES)
    const { DatasetNameSchema } = await import('../../src/schema/snapshot')
    for (const name of ['bundled', 'synthetic-1m', 'Bundled', '../x', '-a', 'a'.repeat(65)])
      expect(enums.DATASET_NAME.test(name)).toBe(DatasetNameSchema.safeParse(name).success)
  })
})
