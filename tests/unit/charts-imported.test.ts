/** Imported data is marked wherever it appears: chart tooltips and chart tables. */
import type { DatasetPart } from '../../src/data/dataset'
import { describe, expect, it } from 'vitest'
import { buildCompareBarOption } from '../../src/charts/compare-bar'
import { buildCompareTable } from '../../src/charts/compare-table'
import { CHART_STRINGS_EN } from '../../src/i18n/chart-strings'
import { toValueCell } from '../../src/charts/rows'
import { combineParts } from '../../src/data/dataset'
import { snapshotPart } from './snapshot-part'
import { BASE, row } from './charts-fixtures'
import { fixtureSnapshot } from './data-fixture'

function part(id: string, origin: DatasetPart['origin'], reportId: string): DatasetPart {
  const s = fixtureSnapshot()
  const reports = { reports: s.reports.reports.slice(0, 1).map(r => ({ ...r, id: reportId })) }
  const count = s.observations.reportOffsets[1]!
  const observations = { ...s.observations, count, reportOffsets: [0, count], indicator: s.observations.indicator.slice(0, count), value: s.observations.value.slice(0, count), unit: s.observations.unit.slice(0, count), approx: s.observations.approx.slice(0, count), source: s.observations.source.slice(0, count) }
  return { ...snapshotPart({ manifest: { ...s.manifest, reportCount: 1, observationCount: count }, reports, observations, reportsFile: 'r', observationsFile: 'o' }), id, origin }
}

describe('imported data in charts', () => {
  const ds = combineParts([part('bundled', 'bundled', 'b-1'), part('import-1', 'imported', 'i-1')])
  const b = ds.reportById.get('b-1')!
  const i = ds.reportById.get('i-1')!

  it('a value cell knows when one of its reports was imported', () => {
    expect(toValueCell(ds, { value: 1, approx: false, reports: 1, sources: 1, reportIndices: [b] }).imported).toBeUndefined()
    expect(toValueCell(ds, { value: 2, approx: false, reports: 2, sources: 1, reportIndices: [b, i] }).imported).toBe(true)
  })

  it('tooltips and tables say so', () => {
    const rows = [row('盐池县', 5, { imported: true }), row('中宁县', 3)]
    const table = buildCompareTable(rows, { unit: '件', strings: CHART_STRINGS_EN })
    expect(table.rows.map(r => r.source)).toEqual(['table · includes imported data', 'table'])
    const option = buildCompareBarOption(rows, BASE)
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter
    expect(formatter([{ axisValue: '盐池县' }])).toContain('含导入数据')
    expect(formatter([{ axisValue: '中宁县' }])).not.toContain('含导入数据')
  })
})
