import type { BarSeriesOption } from 'echarts/charts'
import type { ChartDatum } from '../../src/charts/types'
import { describe, expect, it } from 'vitest'
import { buildChartMeta } from '../../src/charts/meta'
import { buildOverviewOption } from '../../src/charts/overview'
import { CHART_STRINGS_EN, CHART_STRINGS_ZH } from '../../src/charts/strings'
import { buildYearValueTable } from '../../src/charts/year-table'
import { BASE } from './charts-fixtures'

type Item = { value: number | null, datum: ChartDatum, itemStyle?: { decal?: unknown } }

const POINTS = [
  { year: 2019, value: 12, approx: false, sources: ['table' as const], reportIds: ['a'] },
  { year: 2021, value: 30, approx: true, sources: ['text' as const], reportIds: ['b', 'c'] },
]

describe('buildOverviewOption', () => {
  it('keeps a slot for a year without data, with no bar and 无数据 under it', () => {
    const option = buildOverviewOption(POINTS, BASE)
    const data = (option.series as BarSeriesOption[])[0]!.data as Item[]
    expect(data.map(d => d.value)).toEqual([12, null, 30])
    const fmt = (option.xAxis as { axisLabel: { formatter: (y: string) => string } }).axisLabel.formatter
    expect(fmt('2020')).toContain('无数据')
    expect(fmt('2019')).toBe('2019')
  })

  it('hatches approximate totals and labels them ≈', () => {
    const series = (buildOverviewOption(POINTS, BASE).series as BarSeriesOption[])[0]!
    const data = series.data as Item[]
    expect(data[2]!.itemStyle?.decal).toBeTruthy()
    const label = series.label as { formatter: (p: unknown) => string }
    expect(label.formatter({ data: data[2] })).toBe('≈30')
  })

  it('has a year table with the same numbers', () => {
    const table = buildYearValueTable(POINTS, BASE)
    expect(table.rows.map(r => [r.year, r.value, r.approx, r.reports])).toEqual([[2019, 12, '', 1], [2020, null, '', 0], [2021, 30, '≈', 2]])
  })
})

describe('buildChartMeta', () => {
  it('titles state indicator and unit; filters and footnote travel with the export', () => {
    const meta = buildChartMeta({ view: 'trend', indicatorLabel: '热线 办结率', unit: '%', filterSummary: '2021–2023年 · 吴忠市', years: [2021, 2022, 2023], regions: ['盐池县', '同心县'], strings: CHART_STRINGS_ZH })
    expect(meta.title).toBe('热线 办结率（%） · 年度趋势')
    expect(meta.filterSummary).toBe('2021–2023年 · 吴忠市')
    expect(meta.footnote).toContain('≈ 表示约数')
    expect(meta.fileBase).toBe('热线 办结率_年度趋势_2021-2023_盐池县、同心县')
  })

  it('uses the translated strings', () => {
    const meta = buildChartMeta({ view: 'compare', indicatorLabel: 'Licensing decisions', unit: '件', filterSummary: '', years: [2023], regions: null, strings: CHART_STRINGS_EN })
    expect(meta.title).toBe('Licensing decisions (件) · County comparison')
    expect(meta.fileBase).toBe('Licensing decisions_County comparison_2023_All counties')
  })
})
