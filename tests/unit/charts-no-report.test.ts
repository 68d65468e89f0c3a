import { describe, expect, it } from 'vitest'
import { buildCompareBarOption } from '../../src/charts/compare-bar'
import { buildCompareTable } from '../../src/charts/compare-table'
import { compareRows, heatmapCells } from '../../src/charts/rows'
import { buildHeatmapOption } from '../../src/charts/heatmap'
import { aggregateRegionYear } from '../../src/data/aggregate'
import { coverageRegions, regionsWithReports } from '../../src/data/coverage'
import { combineParts } from '../../src/data/dataset'
import { EMPTY_FILTERS, selectReports } from '../../src/data/filters'
import { snapshotPart } from './snapshot-part'
import { BASE } from './charts-fixtures'
import { fixtureSnapshot } from './data-fixture'

/**
 * Issue 11 item 3: every gazetteer county of the scope is listed, and one
 * without any report says 无报告 (not 无数据, never 0).
 */

const s = fixtureSnapshot()
const ds = combineParts([snapshotPart({ manifest: s.manifest, reports: s.reports, observations: s.observations, reportsFile: 'r', observationsFile: 'o' })])
const mask = selectReports(ds, EMPTY_FILTERS).mask
const scope = coverageRegions(ds, mask, EMPTY_FILTERS).map(r => r.region)
const reported = regionsWithReports(ds, mask)
const cells = aggregateRegionYear(ds, mask, 'licensing.decisions', 'sum')
const label = (r: string) => r

describe('counties without a report', () => {
  const rows = compareRows(ds, cells, scope, label, (n, y) => `${n}（${y}）`, reported)

  it('are in the compare rows, absent and marked as having no report', () => {
    const dawukou = rows.find(r => r.region === '大武口区')!
    expect(dawukou).toMatchObject({ value: null, noReport: true })
    expect(rows.filter(r => ['大武口区', '惠农区', '平罗县', '原州区', '西吉县', '隆德县', '泾源县', '彭阳县'].includes(r.region))).toHaveLength(8)
    // A county with reports that do not state the indicator is 无数据, not 无报告.
    const silent = rows.find(r => r.value === null && reported.has(r.region))
    if (silent)
      expect(silent.noReport).toBeFalsy()
  })

  it('say 无报告 on the bar axis, in the ranking and in the heatmap tooltip', () => {
    const bar = buildCompareBarOption(rows, BASE)
    const axis = (bar.yAxis as { axisLabel: { formatter: (k: string) => string } }).axisLabel.formatter
    expect(axis('大武口区')).toContain('无报告')
    const table = buildCompareTable(rows, { unit: '件', strings: BASE.strings })
    const row = table.rows.find(r => r.region === '大武口区')!
    expect(row.value).toBeNull()
    expect(row.source).toBe('无报告')

    const heat = buildHeatmapOption(heatmapCells(ds, cells, scope, [2019, 2020, 2021, 2022, 2023], label, reported), BASE)
    const absent = ((heat.series as { data: { datum: { region?: string, year?: number } }[] }[])[1]!.data).find(d => d.datum.region === '原州区' && d.datum.year === 2021)!
    const tip = (heat.tooltip as { formatter: (p: unknown) => string }).formatter({ data: absent })
    expect(tip).toContain('无报告')
    expect(tip).not.toMatch(/：<b>0/)
  })
})
