import { describe, expect, it } from 'vitest'
import { combineParts } from '../../src/data/dataset'
import { EMPTY_FILTERS, selectReports } from '../../src/data/filters'
import { indicatorCounts } from '../../src/data/indicator-counts'
import { snapshotPart } from './snapshot-part'
import { fixtureSnapshot } from './data-fixture'

/** Issue 11 item 15: the indicator picker says how many counties and reports state each indicator in scope. */

const s = fixtureSnapshot()
const ds = combineParts([snapshotPart({ manifest: s.manifest, reports: s.reports, observations: s.observations, reportsFile: 'r', observationsFile: 'o' })])

describe('indicatorCounts', () => {
  it('counts distinct reports and counties of the selection per indicator', () => {
    const counts = indicatorCounts(ds, selectReports(ds, EMPTY_FILTERS).mask)
    // 盐池县 (three reports), 中宁县, 灵武市 (one report stating two numbers counts once).
    expect(counts.get('licensing.decisions')).toEqual({ regions: 3, reports: 5 })
  })

  it('follows the filters', () => {
    const f = { ...EMPTY_FILTERS, from: 2023, to: 2023 }
    const counts = indicatorCounts(ds, selectReports(ds, f).mask)
    expect(counts.get('licensing.decisions')).toEqual({ regions: 1, reports: 1 })
    const none = indicatorCounts(ds, selectReports(ds, { ...EMPTY_FILTERS, prefectures: ['固原市'] }).mask)
    expect([...none.values()].every(c => c.regions === 0 && c.reports === 0)).toBe(true)
  })
})
