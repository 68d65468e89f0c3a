import type { ChartOption } from '../../src/charts/types'
import { describe, expect, it } from 'vitest'
import { buildCompareBarOption } from '../../src/charts/compare-bar'
import { buildChartMeta } from '../../src/charts/meta'
import { CHART_STRINGS_ZH } from '../../src/i18n/chart-strings'
import { CHART_THEMES } from '../../src/charts/theme'
import { buildTrendOption } from '../../src/charts/trend'
import { buildExportOption, estimateLegendRows } from '../../src/export/export-option'
import { BASE, manyRows, row } from './charts-fixtures'

const META = buildChartMeta({ view: 'compare', indicatorLabel: BASE.indicatorLabel, unit: '件', filterSummary: BASE.filterSummary, years: [2023], regions: null, strings: CHART_STRINGS_ZH })

type Box = { top?: number, bottom?: number }
function first<T>(x: unknown): T {
  return (Array.isArray(x) ? x[0] : x) as T
}

describe('buildExportOption', () => {
  const live = buildCompareBarOption([row('盐池县', 10), row('同心县', null)], BASE)

  it('draws title, filters and footnote inside the image, on the theme background', () => {
    const plan = buildExportOption(live, META, { theme: 'dark', width: 800, height: 400 })
    const title = first<{ text: string, subtext: string }>(plan.option.title)
    expect(title.text).toBe(META.title)
    expect(title.text).toContain('件')
    expect(title.subtext).toBe('2023年 · 吴忠市 · 审批服务管理局')
    expect(JSON.stringify(plan.option.graphic)).toContain('数据来源')
    expect(plan.option.backgroundColor).toBe(CHART_THEMES.dark.background)
    expect(plan.option.animation).toBe(false)
  })

  it('keeps the width and grows the height to make room, moving the plot below the header', () => {
    const plan = buildExportOption(live, META, { theme: 'light', width: 800, height: 400 })
    expect(plan.width).toBe(800)
    expect(plan.height).toBeGreaterThan(400)
    const liveGrid = first<Box>(live.grid)
    const grid = first<Box>(plan.option.grid)
    expect(grid.top! - liveGrid.top!).toBeGreaterThan(40)
    expect(grid.bottom! - liveGrid.bottom!).toBeGreaterThan(10)
    expect(first<{ show?: boolean }>(plan.option.legend).show).not.toBe(false)
  })

  it('lays a paged legend out whole, reserving the rows it wraps into', () => {
    // Eight coloured lines (below the muting threshold), two years each, names long enough to wrap.
    const series = Array.from({ length: 8 }, (_, i) => ({ region: `县${i}`, label: `测试用的很长的县名${i}`, points: [2022, 2023].map(year => ({ year, value: i, approx: false, sources: [], reportIds: [] })) }))
    const trend: ChartOption = buildTrendOption(series, BASE)
    const plan = buildExportOption(trend, META, { theme: 'light', width: 600, height: 400 })
    const legend = first<{ type: string }>(plan.option.legend)
    expect(legend.type).toBe('plain')
    const rows = estimateLegendRows([...series.map(s => s.label), '全部区县中位数'], 600 - 32)
    expect(rows).toBeGreaterThan(1)
    const plain = buildExportOption({ ...trend, legend: { ...first<object>(trend.legend), data: ['x'] } }, META, { theme: 'light', width: 600, height: 400 })
    expect(plan.height - plain.height).toBe((rows - 1) * 22)
  })

  it('shows every row of a scrolling compare chart instead of the first screenful', () => {
    const national = buildCompareBarOption(manyRows(2800), BASE)
    expect(national.dataZoom).toHaveLength(2)
    const plan = buildExportOption(national, META, { theme: 'light', width: 800, height: 500 })
    expect(plan.option.dataZoom).toEqual([])
    expect(plan.height).toBeGreaterThanOrEqual(41 * 20)
  })
})
