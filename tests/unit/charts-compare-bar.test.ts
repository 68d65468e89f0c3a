import type { BarSeriesOption } from 'echarts/charts'
import type { ChartDatum, ChartOption } from '../../src/charts/types'
import { describe, expect, it } from 'vitest'
import { buildCompareBarOption, REST_KEY } from '../../src/charts/compare-bar'
import { readChartDatum } from '../../src/charts/datum'
import { BASE, manyRows, row } from './charts-fixtures'

type Item = { value: number | null, datum: ChartDatum } | null

function series(option: ChartOption): BarSeriesOption[] {
  return (option.series as BarSeriesOption[]).filter(s => s.type === 'bar')
}
function categories(option: ChartOption): string[] {
  return (option.yAxis as { data: string[] }).data
}
/** The drawn value per category, whichever series carries it (null = no bar). */
function drawn(option: ChartOption): (number | null)[] {
  const all = series(option).map(s => s.data as Item[])
  return categories(option).map((_, i) => all.map(d => d[i]).find(it => it)?.value ?? null)
}
function tooltipFor(option: ChartOption, key: string): string {
  const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter
  return formatter([{ axisValue: key }])
}

const ROWS = [row('盐池县', 120), row('同心县', null), row('利通区', 300), row('红寺堡区', 45, { approx: true, sources: ['text'] }), row('青铜峡市', 0)]

describe('buildCompareBarOption', () => {
  it('sorts counties largest first and lists absent ones last without a bar', () => {
    const option = buildCompareBarOption(ROWS, BASE)
    expect(categories(option)).toEqual(['利通区', '盐池县', '红寺堡区', '青铜峡市', '同心县'])
    expect(drawn(option)).toEqual([300, 120, 45, 0, null])
  })

  it('cuts county labels to the width a narrow chart gives them, and leaves them whole otherwise', () => {
    const label = (option: ChartOption) => (option.yAxis as { axisLabel: { width?: number, overflow?: string } }).axisLabel
    expect(label(buildCompareBarOption(ROWS, { ...BASE, labelWidth: 150 }))).toMatchObject({ width: 150, overflow: 'truncate' })
    expect(label(buildCompareBarOption(ROWS, BASE)).width).toBeUndefined()
    expect(label(buildCompareBarOption(ROWS, BASE)).overflow).toBeUndefined()
  })

  it('labels absent counties "无数据" and keeps a stated 0 as a 0 bar', () => {
    const option = buildCompareBarOption(ROWS, BASE)
    const fmt = (option.yAxis as { axisLabel: { formatter: (k: string) => string } }).axisLabel.formatter
    expect(fmt('同心县')).toContain('无数据')
    expect(fmt('青铜峡市')).not.toContain('无数据')
    expect(tooltipFor(option, '同心县')).toContain('无数据')
    expect(tooltipFor(option, '青铜峡市')).toContain('<b>0 件</b>')
  })

  it('draws the median of stated values only (absent is not 0)', () => {
    const option = buildCompareBarOption(ROWS, BASE)
    const median = (option.series as { markLine?: { data: { xAxis: number }[] }, name: string }[]).find(s => s.markLine)!
    expect(median.name).toBe('中位数 82.5')
    const markLine = median.markLine!
    // 0, 45, 120, 300 → 82.5; counting 同心县 as 0 would give 45.
    expect(markLine.data[0]!.xAxis).toBe(82.5)
  })

  it('marks approximate values with ≈ in a hatched series and in the tooltip', () => {
    const option = buildCompareBarOption(ROWS, BASE)
    const approx = series(option)[1]!
    expect(approx.name).toContain('≈')
    expect((approx.itemStyle as { decal?: unknown }).decal).toBeTruthy()
    const label = approx.label as { formatter: (p: unknown) => string }
    const item = (approx.data as Item[]).find(Boolean)
    expect(label.formatter({ data: item })).toBe('≈45')
    const tip = tooltipFor(option, '红寺堡区')
    expect(tip).toContain('≈45 件')
    expect(tip).toContain('正文')
  })

  it('tooltips state value, unit and source, and escape HTML in names', () => {
    const option = buildCompareBarOption([row('<img src=x onerror=alert(1)>', 5)], BASE)
    const tip = tooltipFor(option, '<img src=x onerror=alert(1)>')
    expect(tip).not.toContain('<img')
    expect(tip).toContain('&lt;img')
    expect(tip).toContain('5 件')
    expect(tip).toContain('来源：表格')
  })

  it('puts region and report ids in each item so a click can act', () => {
    const option = buildCompareBarOption(ROWS, BASE)
    const item = (series(option)[0]!.data as Item[])[0]
    expect(readChartDatum({ data: item })).toMatchObject({ region: '利通区', amount: 300, reportIds: ['r-利通区'] })
    expect(readChartDatum({ componentType: 'yAxis', value: '同心县' })).toMatchObject({ region: '同心县' })
    expect(readChartDatum({ componentType: 'legend' })).toBeNull()
    // The summary bar's label is not a county.
    expect(readChartDatum({ componentType: 'yAxis', value: REST_KEY })).toBeNull()
  })

  it('turns ECharts aria on with a description naming the indicator and filters', () => {
    const option = buildCompareBarOption(ROWS, BASE)
    const aria = option.aria as { enabled: boolean, label: { description: string } }
    expect(aria.enabled).toBe(true)
    expect(aria.label.description).toContain('行政许可')
    expect(aria.label.description).toContain('吴忠市')
    expect((option.xAxis as { name: string }).name).toContain('件')
  })

  it('at national scale keeps top and bottom N, summarising the rest in a grey bar and a note', () => {
    const rows = manyRows(2800, 10)
    const option = buildCompareBarOption(rows, { ...BASE, maxBars: 40 })
    const cats = categories(option)
    expect(cats).toHaveLength(41)
    expect(cats[20]).toBe(REST_KEY)
    expect(drawn(option)[0]).toBe(2799)
    expect(drawn(option)[40]).toBe(1)
    expect(series(option)[2]!.name).toContain('2,480')
    const note = (option.graphic as { style: { text: string } }[])[0]!.style.text
    expect(note).toContain('2,520')
    expect(note).toContain('280 个区县无数据')
    expect(option.dataZoom).toHaveLength(2)
  })
})
