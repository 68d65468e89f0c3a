import type { DatasetPart } from '../../src/data/dataset'
import { describe, expect, it } from 'vitest'
import { aggregateRegionYear, aggregateTotal, latestByRegion } from '../../src/data/aggregate'
import { combineParts } from '../../src/data/dataset'
import { DataError } from '../../src/data/errors'
import { EMPTY_FILTERS, selectReports } from '../../src/data/filters'
import { snapshotPart } from './snapshot-part'
import { fixtureSnapshot } from './data-fixture'

function load(): DatasetPart {
  const s = fixtureSnapshot()
  return snapshotPart({
    manifest: s.manifest,
    reports: s.reports,
    observations: s.observations,
    reportsFile: 'reports.json',
    observationsFile: 'observations.json',
  })
}

const all = (n: number) => new Uint8Array(n).fill(1)

describe('snapshot decoding', () => {
  it('keeps every report and observation', () => {
    const ds = combineParts([
      load(),
    ])
    expect(ds.reports).toHaveLength(6)
    expect(ds.obsValue).toHaveLength(15)
    expect(ds.years).toEqual([2019, 2021, 2022, 2023])
  })

  it('shares the snapshot\'s columns instead of copying them, and says which report each observation belongs to', () => {
    const part = load()
    const ds = combineParts([part])
    expect(ds.obsValue).toBe(part.columns.value)
    expect(ds.obsIndicator).toBe(part.columns.indicator)
    for (let r = 0; r < ds.reports.length; r++) {
      for (let i = ds.reportOffsets[r]!; i < ds.reportOffsets[r + 1]!; i++)
        expect(ds.obsReport[i]).toBe(r)
    }
  })

  it('names the file and the field when a column is malformed', () => {
    const s = fixtureSnapshot()
    const observations = {
      ...s.observations,
      value: s.observations.value.map((v, i) => (i === 2
        ? 'x'
        : v)),
    }
    expect(() => snapshotPart({
      manifest: s.manifest,
      reports: s.reports,
      observations,
      reportsFile: 'r.json',
      observationsFile: 'o.json',
    }))
      .toThrowError(/o\.json: value\.2/)
  })

  it('checks every element of the long columns, naming column and index', () => {
    const s = fixtureSnapshot()
    const bad = (column: 'indicator' | 'unit' | 'approx' | 'source', v: unknown) => () => snapshotPart({
      manifest: s.manifest,
      reports: s.reports,
      observations: { ...s.observations, [column]: s.observations[column].map((x, i) => (i === 4 ? v : x)) },
      reportsFile: 'r.json',
      observationsFile: 'o.json',
    })
    expect(bad('indicator', 1.5)).toThrowError(/o\.json: indicator\.4: expected a dictionary code/)
    expect(bad('indicator', 999)).toThrowError(/indicator\.4: refers to code 999, beyond the dictionary/)
    expect(bad('unit', -1)).toThrowError(/unit\.4: expected a dictionary code/)
    expect(bad('approx', 2)).toThrowError(/approx\.4: expected 0 or 1/)
    expect(bad('source', 3)).toThrowError(/source\.4: expected 0 \(table\)/)
    expect(bad('indicator', '0')).toThrowError(/indicator\.4/)
  })

  it('rejects columns that do not line up with the reports', () => {
    const s = fixtureSnapshot()
    const observations = {
      ...s.observations,
      reportOffsets: s.observations.reportOffsets.slice(1),
    }
    let error: unknown
    try {
      snapshotPart({
        manifest: s.manifest,
        reports: s.reports,
        observations,
        reportsFile: 'r.json',
        observationsFile: 'o.json',
      })
    }
    catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DataError)
    expect((error as DataError).detail).toMatch(/reportOffsets has 6 entries, expected 7/)
  })
})

describe('combining an import with the snapshot', () => {
  it('appends the import, remaps its dictionaries and drops duplicate report ids', () => {
    const base = load()
    const s = fixtureSnapshot([
      {
        ...fixtureSnapshotReport(),
        id: 'imported-1',
      },
    ])
    const imported: DatasetPart = {
      ...snapshotPart({
        manifest: s.manifest,
        reports: s.reports,
        observations: s.observations,
        reportsFile: 'r',
        observationsFile: 'o',
      }),
      id: 'import-a',
      origin: 'imported',
    }
    const ds = combineParts([base, imported, base])
    expect(ds.reports.map(r => r.id)).toContain('imported-1')
    expect(ds.reports).toHaveLength(7)
    const r = ds.reportById.get('imported-1')!
    expect(ds.parts[ds.reportPart[r]!]!.origin).toBe('imported')
    const from = ds.reportOffsets[r]!
    expect(ds.indicators[ds.obsIndicator[from]!]).toBe('fees.amount')
    expect(ds.obsValue[from]).toBe(3.5)
    expect(ds.obsReport[from]).toBe(r)
    // The snapshot's own values are copied unchanged, each under its indicator.
    const first = ds.reportById.get(base.reports[0]!.id)!
    for (let i = ds.reportOffsets[first]!, j = 0; i < ds.reportOffsets[first + 1]!; i++, j++) {
      expect(ds.obsValue[i]).toBe(base.columns.value[j])
      expect(ds.indicators[ds.obsIndicator[i]!]).toBe(base.columns.indicators[base.columns.indicator[j]!])
    }
  })

  it('copies the snapshot\'s columns when another part comes with it', () => {
    const base = load()
    const empty: DatasetPart = { ...base, id: 'import-empty', origin: 'imported', reports: [], columns: { ...base.columns, count: 0, reportOffsets: new Uint32Array([0]) } }
    const ds = combineParts([base, empty])
    expect(ds.obsValue).not.toBe(base.columns.value)
    expect([...ds.obsValue]).toEqual([...base.columns.value])
  })
})

function fixtureSnapshotReport() {
  return {
    id: 'x',
    title: null,
    region: '同心县',
    prefecture: '吴忠市',
    province: '宁夏回族自治区',
    agency: '同心县人民政府',
    agencyKind: 'county-government' as const,
    year: 2023,
    format: '2021' as const,
    published: null,
    sourceFormat: 'text' as const,
    observations: [
      {
        indicator: 'fees.amount',
        value: 3.5,
        unit: '万元',
        approx: false,
        source: 'table' as const,
        evidence: '收费 3.5',
        location: null,
      },
    ],
    checks: [],
    tables: [],
    file: null,
    text: '',
  }
}

describe('aggregation', () => {
  const ds = combineParts([
    load(),
  ])

  it('sums counts of two agencies in one county-year and says how many reports', () => {
    const cells = aggregateRegionYear(ds, all(ds.reports.length), 'licensing.decisions', 'sum')
    const yanchi2022 = cells.find(c => ds.regions[c.region] === '盐池县' && c.year === 2022)!
    expect(yanchi2022.value).toBe(5000 + 14356)
    expect(yanchi2022.reports).toBe(2)
  })

  it('leaves a county-year without the indicator absent, not 0', () => {
    const cells = aggregateRegionYear(ds, all(ds.reports.length), 'licensing.decisions', 'sum')
    expect(cells.some(c => ds.regions[c.region] === '沙坡头区')).toBe(false)
  })

  it('counts a report that states an indicator twice once', () => {
    const cells = aggregateRegionYear(ds, all(ds.reports.length), 'licensing.decisions', 'sum')
    expect(cells.find(c => ds.regions[c.region] === '灵武市')!.value).toBe(4625)
  })

  it('takes the median of rates and marks approximate parts', () => {
    const total = aggregateTotal(ds, all(ds.reports.length), 'hotline.completion_rate', 'median')!
    expect(total.value).toBe(98)
    expect(total.reports).toBe(5)
    expect(total.approx).toBe(true)
    expect(total.sources).toBe(0b110)
  })

  it('respects the agency-kind filter', () => {
    const { mask, count } = selectReports(ds, {
      ...EMPTY_FILTERS,
      kinds: ['county-government'],
    })
    expect(count).toBe(1)
    expect(aggregateTotal(ds, mask, 'licensing.decisions', 'sum')!.value).toBe(14356)
  })

  it('returns null when no selected report states the indicator', () => {
    const { mask } = selectReports(ds, {
      ...EMPTY_FILTERS,
      counties: ['沙坡头区'],
    })
    expect(aggregateTotal(ds, mask, 'licensing.decisions', 'sum')).toBeNull()
    expect(aggregateTotal(ds, mask, 'no.such', 'sum')).toBeNull()
  })

  it('compares counties on their latest year', () => {
    const latest = latestByRegion(aggregateRegionYear(ds, all(ds.reports.length), 'licensing.decisions', 'sum'))
    const byName = Object.fromEntries(latest.map(c => [
      ds.regions[c.region],
      [c.year, c.value],
    ]))
    expect(byName).toEqual({
      盐池县: [2023, 5147],
      中宁县: [2019, 3000],
      灵武市: [2021, 4625],
    })
  })
})
