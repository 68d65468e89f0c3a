import { describe, expect, it } from 'vitest'
import { countChecks, listChecks, topChecks } from '../../src/data/checks'
import { buildCoverage } from '../../src/data/coverage'
import { combineParts } from '../../src/data/dataset'
import { EMPTY_FILTERS, selectReports } from '../../src/data/filters'
import { snapshotPart } from './snapshot-part'
import { fixtureSnapshot } from './data-fixture'

const s = fixtureSnapshot()
const ds = combineParts([
  snapshotPart({
    manifest: s.manifest,
    reports: s.reports,
    observations: s.observations,
    reportsFile: 'r',
    observationsFile: 'o',
  }),
])

describe('coverage matrix', () => {
  it('lists every county of the chosen prefecture, with gaps for missing reports', () => {
    const f = {
      ...EMPTY_FILTERS,
      prefectures: ['吴忠市'],
      from: 2021,
      to: 2023,
    }
    const coverage = buildCoverage(ds, selectReports(ds, f).mask, f)
    expect(coverage.years).toEqual([2021, 2022, 2023])
    expect(coverage.rows.map(r => r.region)).toEqual(['利通区', '红寺堡区', '盐池县', '同心县', '青铜峡市'])
    const yanchi = coverage.rows.find(r => r.region === '盐池县')!
    expect(yanchi.cells.map(c => c.map(r => r.kind))).toEqual([
      [],
      ['county-government', 'approval-bureau'],
      ['approval-bureau'],
    ])
    expect(coverage.rows.find(r => r.region === '同心县')!.cells.every(c => c.length === 0)).toBe(true)
  })

  it('spans the data years without holes when no range is set', () => {
    const coverage = buildCoverage(ds, selectReports(ds, EMPTY_FILTERS).mask, EMPTY_FILTERS)
    expect(coverage.years).toEqual([2019, 2020, 2021, 2022, 2023])
    // Every county of the province, reported or not (issue 11 item 3): 银川市 6,
    // 石嘴山市 3 and 固原市 5 (no reports in the data), 吴忠市 5, 中卫市 3.
    expect(coverage.rows).toHaveLength(22)
    const shizuishan = coverage.rows.filter(r => r.prefecture === '石嘴山市')
    expect(shizuishan.map(r => r.region)).toEqual(['大武口区', '惠农区', '平罗县'])
    expect(shizuishan.every(r => r.cells.every(c => c.length === 0))).toBe(true)
    expect(coverage.rows.filter(r => r.prefecture === '固原市')).toHaveLength(5)
  })
})

describe('checks of the selection', () => {
  it('lists errors first and follows the filters', () => {
    const rows = listChecks(ds, selectReports(ds, EMPTY_FILTERS).mask)
    expect(rows.map(r => r.severity)).toEqual(['error', 'warning', 'info'])
    expect(rows[0]).toMatchObject({
      reportId: 'yanchi-gov-2022',
      check: 'applications.balance',
      region: '盐池县',
      year: 2022,
    })
    const zhongwei = selectReports(ds, {
      ...EMPTY_FILTERS,
      prefectures: ['中卫市'],
    }).mask
    expect(countChecks(ds, zhongwei)).toEqual({ error: 0, warning: 0, info: 1 })
  })
})

describe('the most severe checks for the overview', () => {
  it('gives errors before warnings and leaves notes out', () => {
    const all = selectReports(ds, EMPTY_FILTERS).mask
    expect(topChecks(ds, all, 5).map(c => [c.severity, c.reportId])).toEqual([['error', 'yanchi-gov-2022'], ['warning', 'yanchi-bureau-2023']])
    expect(topChecks(ds, all, 1).map(c => c.severity)).toEqual(['error'])
  })
})
