import { describe, expect, it } from 'vitest'
import { briefingYearParams, linkQuery, parseBriefingYear } from '../../src/data/query'

const YEARS = [2019, 2021, 2022, 2023]
const OPEN = { from: null, to: null }

describe('briefing year in the URL', () => {
  it('takes ?year= when the data has that year, else the latest year within the filters\' range', () => {
    expect(parseBriefingYear({ year: '2021' }, YEARS, OPEN)).toBe(2021)
    expect(parseBriefingYear({}, YEARS, OPEN)).toBe(2023)
    expect(parseBriefingYear({}, YEARS, { from: 2019, to: 2022 })).toBe(2022)
    expect(parseBriefingYear({ year: '2020' }, YEARS, OPEN)).toBe(2023)
    expect(parseBriefingYear({ year: '20x3' }, YEARS, OPEN)).toBe(2023)
    expect(parseBriefingYear({}, [], OPEN)).toBeNull()
  })

  it('leaves the default year out of the URL and the year behind when going to another view', () => {
    expect(briefingYearParams(2023, YEARS, OPEN)).toEqual({ year: null })
    expect(briefingYearParams(2021, YEARS, OPEN)).toEqual({ year: '2021' })
    expect(linkQuery({ year: '2021', pref: '吴忠市' })).toEqual({ pref: '吴忠市' })
  })
})
