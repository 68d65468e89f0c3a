import type { Dataset } from '../../src/data/dataset'
import { describe, expect, it } from 'vitest'
import { combineParts } from '../../src/data/dataset'
import { EMPTY_FILTERS, selectReports } from '../../src/data/filters'
import { flagKey } from '../../src/data/check-key'
import { flaggedAmong, NO_FLAGS } from '../../src/data/flags'
import { kpiForYear, latestSelectedYear } from '../../src/data/kpi'
import { snapshotPart } from './snapshot-part'
import { fixtureSnapshot } from './data-fixture'

function load(): Dataset {
  const s = fixtureSnapshot()
  return combineParts([snapshotPart({ manifest: s.manifest, reports: s.reports, observations: s.observations, reportsFile: 'reports.json', observationsFile: 'observations.json' })])
}

const ds = load()
const all = selectReports(ds, EMPTY_FILTERS).mask

describe('KPIs are one year, not a sum over years', () => {
  it('takes the latest year in range by default', () => {
    expect(latestSelectedYear(ds, all)).toBe(2023)
    expect(latestSelectedYear(ds, selectReports(ds, { ...EMPTY_FILTERS, to: 2022 }).mask)).toBe(2022)
    expect(latestSelectedYear(ds, new Uint8Array(ds.reports.length))).toBeNull()
  })

  it('adds up only that year\'s reports and says which agency kinds they are', () => {
    // Every year together would be 5147 + 5000 + 14356 + 3000 + 4625 = 32128.
    const k = kpiForYear(ds, all, 'licensing.decisions', 'sum', 2023)!
    expect(k.value).toBe(5147)
    expect(k.year).toBe(2023)
    expect(k.kinds).toEqual([{ kind: 'approval-bureau', reports: 1 }])
    const k22 = kpiForYear(ds, all, 'licensing.decisions', 'sum', 2022)!
    expect(k22.value).toBe(5000 + 14356)
    expect(k22.kinds).toEqual([{ kind: 'approval-bureau', reports: 1 }, { kind: 'county-government', reports: 1 }])
  })

  it('compares with the previous year over the agencies stating it in both years', () => {
    // 盐池县审批服务管理局 5000 → 5147; the county government's 2022 report (14356) has no 2023 report.
    const change = kpiForYear(ds, all, 'licensing.decisions', 'sum', 2023)!.change!
    expect(change.previousYear).toBe(2022)
    expect(change.kind).toBe('relative')
    expect(change.agencies).toBe(1)
    expect(change.value).toBeCloseTo(147 / 5000 * 100, 8)
    // Rates: percentage points between medians of the same agencies (97 → 99.5).
    const rate = kpiForYear(ds, all, 'hotline.completion_rate', 'median', 2023)!
    expect(rate.value).toBe((99.5 + 96) / 2)
    expect(rate.change).toMatchObject({ kind: 'points', value: 2.5, agencies: 1 })
  })

  it('has no change when the previous year is absent, and no number when no agency is in both', () => {
    // 2021: only 灵武市; 2022's agencies are 盐池县's.
    expect(kpiForYear(ds, all, 'licensing.decisions', 'sum', 2022)!.change).toEqual({ previousYear: 2021, kind: 'relative', value: null, agencies: 0 })
    // 2020: no report at all.
    expect(kpiForYear(ds, all, 'licensing.decisions', 'sum', 2021)!.change).toBeNull()
    expect(kpiForYear(ds, all, 'applications.new', 'sum', 2023)).toBeNull()
  })

  it('finds the previous year outside the year range', () => {
    const only2023 = selectReports(ds, { ...EMPTY_FILTERS, from: 2023 }).mask
    expect(kpiForYear(ds, only2023, 'licensing.decisions', 'sum', 2023)!.change).toBeNull()
    expect(kpiForYear(ds, only2023, 'licensing.decisions', 'sum', 2023, all)!.change!.agencies).toBe(1)
  })
})

describe('a KPI that includes a flagged value', () => {
  it('finds the reports whose value of that indicator a check flags, and only that indicator', () => {
    const k = kpiForYear(ds, all, 'licensing.decisions', 'sum', 2022)!
    expect(k.reportIndices.length).toBeGreaterThan(0)
    const first = ds.reports[k.reportIndices[0]!]!.id
    const flags = { values: new Set([flagKey(first, 'licensing.decisions'), flagKey(first, 'hotline.received')]), reports: new Set([first]) }
    expect(flaggedAmong(ds, k.reportIndices, 'licensing.decisions', flags)).toEqual([k.reportIndices[0]])
    expect(flaggedAmong(ds, k.reportIndices, 'licensing.decisions', NO_FLAGS)).toEqual([])
    // A flag on another indicator of the same report does not count.
    expect(flaggedAmong(ds, k.reportIndices, 'licensing.decisions', { values: new Set([flagKey(first, 'hotline.received')]), reports: new Set([first]) })).toEqual([])
  })
})
