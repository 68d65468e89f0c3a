/** Values a failed check concerns are marked wherever they are drawn, from data (the flagged set), and left out of medians on request. */
import type { TrendSeries } from '../../src/charts/types'
import { describe, expect, it } from 'vitest'
import { buildCompareBarOption } from '../../src/charts/compare-bar'
import { buildCompareTable } from '../../src/charts/compare-table'
import { markFlagged, markFlaggedSeries } from '../../src/charts/flags'
import { buildHeatmapOption } from '../../src/charts/heatmap'
import { buildMapOption } from '../../src/charts/map/option'
import { buildTrendOption } from '../../src/charts/trend'
import { flagKey } from '../../src/data/check-key'
import { BASE, row } from './charts-fixtures'

const IND = 'licensing.decisions'
/** 盐池县's report states a value a check flags. */
const FLAGGED = new Set([flagKey('r-盐池县', IND)])
const rows = () => markFlagged([row('盐池县', 100), row('中宁县', 3), row('灵武市', 2), row('同心县', null)], FLAGGED, IND)

type Formatter = (p: unknown) => string
interface Item { datum?: { region?: string }, itemStyle?: { borderColor?: string }, label?: { formatter?: string } }

describe('flagged values in charts', () => {
  it('are found through any report behind a value, for the chosen indicator only', () => {
    expect(rows().map(r => r.flagged ?? false)).toEqual([true, false, false, false])
    expect(markFlagged([row('盐池县', 100)], FLAGGED, 'other.indicator')[0]!.flagged).toBeUndefined()
    // An indicator whose id ends another's is not the other.
    const longer = new Set([flagKey('r-盐池县', 'hotline.completion_rate')])
    expect(markFlagged([row('盐池县', 100)], longer, 'completion_rate')[0]!.flagged).toBeUndefined()
    expect(markFlagged([row('盐池县', 100)], longer, 'hotline.completion_rate')[0]!.flagged).toBe(true)
  })

  it('compare bars: outlined, ⚠ in the label and the tooltip; the median leaves them out on request', () => {
    const option = buildCompareBarOption(rows(), BASE)
    const series = option.series as { data: (Item | null)[], label?: { formatter: Formatter } }[]
    const bar = series[0]!.data.find(d => d?.datum?.region === '盐池县')!
    expect(bar.itemStyle?.borderColor).toBeTruthy()
    expect(series[0]!.data.find(d => d?.datum?.region === '中宁县')!.itemStyle).toBeUndefined()
    expect(series[0]!.label!.formatter({ data: bar })).toBe('⚠ 100')
    const tooltip = (option.tooltip as { formatter: Formatter }).formatter
    expect(tooltip([{ axisValue: '盐池县' }])).toContain('⚠ 核查发现问题')
    expect(tooltip([{ axisValue: '中宁县' }])).not.toContain('⚠')
    const median = (o: typeof option) => (o.series as { name?: string }[]).find(s => s.name?.startsWith('中位数'))!.name
    expect(median(option)).toBe('中位数 3')
    expect(median(buildCompareBarOption(rows(), { ...BASE, excludeFlagged: true }))).toBe('中位数（不含⚠值） 2.5')
  })

  it('ranking table: a ⚠ column', () => {
    const table = buildCompareTable(rows(), { unit: '件', strings: BASE.strings })
    expect(table.rows.map(r => r.flag)).toEqual(['⚠ 核查发现问题（未忽略）', '', '', ''])
  })

  it('map: outlined region and ⚠ before its name', () => {
    const option = buildMapOption(rows(), { ...BASE, regions: new Set(['盐池县', '中宁县', '灵武市', '同心县']) })
    const map = (option.series as { data: (Item & { name: string })[], label: { formatter: Formatter } }[])[0]!
    expect(map.data.find(d => d.name === '盐池县')!.itemStyle?.borderColor).toBeTruthy()
    expect(map.label.formatter({ name: '盐池县' })).toBe('⚠ 盐池县')
    expect(map.label.formatter({ name: '中宁县' })).toBe('中宁县')
  })

  it('heatmap: ⚠ in the cell label', () => {
    const cells = markFlagged([{ ...row('盐池县', 100), year: 2023 }, { ...row('中宁县', 3), year: 2023 }], FLAGGED, IND)
    const option = buildHeatmapOption(cells, { ...BASE, showLabels: true })
    const heat = (option.series as { data: Item[], label: { formatter: Formatter } }[])[0]!
    const labels = heat.data.map(d => heat.label.formatter({ data: d }))
    expect(labels.sort()).toEqual(['3', '⚠ 100'])
  })

  it('trend points: a larger outlined marker with ⚠; the median line leaves them out on request', () => {
    const series: TrendSeries[] = ['盐池县', '中宁县', '灵武市'].map((region, i) => ({
      region,
      label: region,
      points: [2022, 2023].map(year => ({ ...row(region, 10 * (i + 1) + year - 2022), year, reportIds: [`r-${region}-${year}`] })),
    }))
    const marked = markFlaggedSeries(series, new Set([flagKey('r-盐池县-2023', IND)]), IND)
    const option = buildTrendOption(marked, { ...BASE, years: [2022, 2023] })
    const lines = option.series as { name: string, data: (Item & { value: number | null })[] }[]
    const yanchi = lines.find(s => s.name === '盐池县')!
    expect(yanchi.data.map(d => d.label?.formatter ?? '')).toEqual(['', '⚠'])
    expect(yanchi.data[1]!.itemStyle?.borderColor).toBeTruthy()
    const medianOf = (o: typeof option) => (o.series as { data: { value: number | null }[] }[])[0]!.data.map(d => d.value)
    expect(medianOf(option)).toEqual([20, 21])
    expect(medianOf(buildTrendOption(marked, { ...BASE, years: [2022, 2023], excludeFlagged: true }))).toEqual([20, null])
  })
})
