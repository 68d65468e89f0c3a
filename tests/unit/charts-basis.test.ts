/** Bars, tooltips and the ranking name the agency and the year behind each value (issue 11 item 10). */
import type { KindKey } from '../../src/data/kpi'
import { describe, expect, it } from 'vitest'
import { buildCompareBarOption } from '../../src/charts/compare-bar'
import { buildCompareTable } from '../../src/charts/compare-table'
import { compareRows, trendSeries } from '../../src/charts/rows'
import { buildTrendOption } from '../../src/charts/trend'
import { aggregateRegionYear } from '../../src/data/aggregate'
import { combineParts } from '../../src/data/dataset'
import { EMPTY_FILTERS, selectReports } from '../../src/data/filters'
import { snapshotPart } from './snapshot-part'
import { CHART_STRINGS_EN, CHART_STRINGS_ZH } from '../../src/i18n/chart-strings'
import { BASE } from './charts-fixtures'
import { fixtureSnapshot } from './data-fixture'

const s = fixtureSnapshot()
const ds = combineParts([snapshotPart({ manifest: s.manifest, reports: s.reports, observations: s.observations, reportsFile: 'r', observationsFile: 'o' })])
const KIND: Record<KindKey, string> = { 'approval-bureau': '审批服务管理局', 'service-center': '政务服务中心', 'county-government': '县政府', 'other': '其他', 'unknown': '未知' }
const withBasis = (name: string, year: number, kinds: readonly (string | null)[]) => `${name}（${year} · ${kinds.map(k => KIND[(k ?? 'unknown') as KindKey]).join('+')}）`

function rowsFor(kinds: typeof EMPTY_FILTERS.kinds = []) {
  const { mask } = selectReports(ds, { ...EMPTY_FILTERS, kinds })
  const cells = aggregateRegionYear(ds, mask, 'licensing.decisions', 'sum')
  return compareRows(ds, cells, [], r => r, withBasis)
}

const tooltipOf = (option: ReturnType<typeof buildCompareBarOption>) => (option.tooltip as { formatter: (p: unknown) => string }).formatter

describe('the agency and year behind a value', () => {
  it('labels a county\'s bar with the year and agency kind it comes from, and keeps the report ids', () => {
    const yanchi = rowsFor().find(r => r.region === '盐池县')!
    expect(yanchi.value).toBe(5147)
    expect(yanchi.label).toBe('盐池县（2023 · 审批服务管理局）')
    expect(yanchi.year).toBe(2023)
    expect(yanchi.reportIds).toEqual(['yanchi-bureau-2023'])
    expect(yanchi.agencies).toEqual(['盐池县审批服务管理局'])
    // The larger 2022 figure (the bureau's and the county government's reports) is listed as not taken.
    expect(yanchi.notTaken?.()).toEqual([{ year: 2022, value: 5000 + 14356, approx: false, agencies: ['盐池县人民政府', '盐池县审批服务管理局'] }])
  })

  it('the tooltip names the report behind the bar and the values the view did not take', () => {
    const html = tooltipOf(buildCompareBarOption(rowsFor(), BASE))([{ axisValue: '盐池县' }])
    expect(html).toContain('依据：盐池县审批服务管理局 2023 年报告')
    expect(html).toContain('未计入（只取最近一年）')
    expect(html).toContain('盐池县人民政府、盐池县审批服务管理局 2022：19,356 件')
  })

  it('with the county government chosen, its 2022 report is the value, said so', () => {
    const yanchi = rowsFor(['county-government']).find(r => r.region === '盐池县')!
    expect(yanchi).toMatchObject({ value: 14356, year: 2022, label: '盐池县（2022 · 县政府）', reportIds: ['yanchi-gov-2022'] })
    // Its one year in range: nothing not taken.
    expect(yanchi.notTaken).toBeUndefined()
  })

  it('an English tooltip separates labels from values with ": ", a Chinese one with "："', () => {
    const en = tooltipOf(buildCompareBarOption(rowsFor(), { ...BASE, indicatorLabel: 'Licensing decisions', unit: 'cases', strings: CHART_STRINGS_EN, locale: 'en' }))([{ axisValue: '盐池县' }])
    expect(en).toContain('Licensing decisions: <b>')
    expect(en).toContain('2022: 19,356 cases')
    expect(en).toContain(`${CHART_STRINGS_EN.source}: `)
    expect(en).not.toContain('：')
    const zh = tooltipOf(buildCompareBarOption(rowsFor(), BASE))([{ axisValue: '盐池县' }])
    expect(zh).toContain('行政许可 本年处理决定数量：<b>')
    expect(zh).toContain('来源：')
  })

  it('the ranking has year and agency columns, and the report ids in the CSV', () => {
    const table = buildCompareTable(rowsFor(), { unit: '件', strings: CHART_STRINGS_ZH })
    const yanchi = table.rows.find(r => r.agency === '盐池县审批服务管理局')!
    expect(yanchi).toMatchObject({ rank: 1, year: 2023, value: 5147, reportIds: 'yanchi-bureau-2023' })
    expect(table.columns.map(c => c.key)).toEqual(['rank', 'region', 'year', 'agency', 'value', 'approx', 'source', 'flag', 'reports', 'reportIds'])
    expect(table.columns.find(c => c.key === 'reportIds')!.csvOnly).toBe(true)
  })

  it('trend tooltips name the agencies of each year\'s point', () => {
    const cells = aggregateRegionYear(ds, selectReports(ds, EMPTY_FILTERS).mask, 'licensing.decisions', 'sum')
    const series = trendSeries(ds, cells, r => r)
    const yanchi = series.find(x => x.region === '盐池县')!
    expect(yanchi.points.find(p => p.year === 2022)!.agencies).toEqual(['盐池县人民政府', '盐池县审批服务管理局'])
    const option = buildTrendOption(series, { ...BASE, mode: 'value', years: [2019, 2020, 2021, 2022, 2023] })
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter
    const seriesIndex = (option.series as { name: string }[]).findIndex(x => x.name === '盐池县')
    const html = formatter([{ axisValue: '2022', seriesIndex }])
    expect(html).toContain('盐池县人民政府、盐池县审批服务管理局 2022 年报告')
  })

  it('a filter change makes no new report lists for cells of one report (shared), and never shares a cell of several', () => {
    // At a million observations ~20,000 such lists a change were what the scavenges copied (issue 13).
    const pointsOf = () => {
      const cells = aggregateRegionYear(ds, selectReports(ds, EMPTY_FILTERS).mask, 'licensing.decisions', 'sum')
      return { cells, points: trendSeries(ds, cells, r => r).find(x => x.region === '盐池县')!.points }
    }
    const before = pointsOf()
    const after = pointsOf()
    const one = (p: typeof before) => p.points.find(x => x.year === 2023)!
    expect(one(after).reportIds).toEqual(['yanchi-bureau-2023'])
    expect(one(after).reportIds).toBe(one(before).reportIds)
    expect(one(after).agencies).toBe(one(before).agencies)
    const several = (p: typeof before) => p.points.find(x => x.year === 2022)!
    expect(several(after).reportIds).toHaveLength(2)
    expect(several(after).reportIds).not.toBe(several(before).reportIds)
    const cellOf = (cells: typeof before.cells, reports: number) => cells.find(c => ds.regions[c.region] === '盐池县' && c.reports === reports)!
    expect(cellOf(after.cells, 1).reportIndices).toBe(cellOf(before.cells, 1).reportIndices)
    expect(cellOf(after.cells, 2).reportIndices).not.toBe(cellOf(before.cells, 2).reportIndices)
  })
})
