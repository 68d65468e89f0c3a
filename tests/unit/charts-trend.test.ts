import type { LineSeriesOption } from 'echarts/charts'
import type { ChartDatum, ChartOption, TrendSeries } from '../../src/charts/types'
import { describe, expect, it } from 'vitest'
import { buildTrendOption } from '../../src/charts/trend'
import { buildRegionYearTable } from '../../src/charts/year-table'
import { BASE } from './charts-fixtures'

type Item = { value: number | null, datum: ChartDatum, symbol?: string }

function point(year: number, value: number | null, approx = false) {
  return { year, value, approx, sources: ['text' as const], reportIds: [`r${year}`] }
}

const SERIES: TrendSeries[] = [
  // 2020 not stated at all, 2022 stated as 0, 2023 approximate.
  { region: '盐池县', label: '盐池县', points: [point(2019, 100), point(2021, 150), point(2022, 0), point(2023, 4000, true)] },
  { region: '同心县', label: '同心县', points: [point(2019, 80), point(2020, 90), point(2023, 120)] },
]

function county(option: ChartOption, label: string): LineSeriesOption {
  return (option.series as LineSeriesOption[]).find(s => s.name === label)!
}
function values(s: LineSeriesOption): (number | null)[] {
  return (s.data as Item[]).map(d => d.value)
}
function tooltip(option: ChartOption, year: number): string {
  const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter
  const series = option.series as LineSeriesOption[]
  return formatter(series.map((s, seriesIndex) => ({ axisValue: String(year), seriesIndex, color: '#000', data: (s.data as Item[])[year - 2019] })))
}

describe('buildTrendOption', () => {
  it('spans every year and leaves absent years as gaps, never 0', () => {
    const option = buildTrendOption(SERIES, BASE)
    expect((option.xAxis as { data: string[] }).data).toEqual(['2019', '2020', '2021', '2022', '2023'])
    expect(values(county(option, '盐池县'))).toEqual([100, null, 150, 0, 4000])
    expect(values(county(option, '同心县'))).toEqual([80, 90, null, null, 120])
    expect(county(option, '盐池县').connectNulls).toBe(false)
  })

  it('draws approximate points hollow and says ≈ in the tooltip', () => {
    const option = buildTrendOption(SERIES, BASE)
    const items = county(option, '盐池县').data as Item[]
    expect(items[4]!.symbol).toMatch(/^empty/)
    expect(items[0]!.symbol).toBeUndefined()
    expect(tooltip(option, 2023)).toContain('≈4,000 件')
  })

  it('shows year-on-year change in the tooltip, and no change across a gap', () => {
    const tip2023 = tooltip(buildTrendOption(SERIES, BASE), 2023)
    // 同心县 2022 is absent: no 同比 for 2023. 盐池县 2022 was 0: a % change is undefined.
    expect(tip2023).toContain('同比 —')
    const tip2020 = tooltip(buildTrendOption(SERIES, BASE), 2020)
    expect(tip2020).toContain('同心县：<b>90 件</b>')
    expect(tip2020).toContain('同比 +12.5%')
    expect(tip2020).toContain('盐池县：<b>无数据</b>')
  })

  it('plots the year-on-year change in yoy mode, in percentage points for rates', () => {
    const counts = buildTrendOption(SERIES, { ...BASE, mode: 'yoy' })
    expect(values(county(counts, '同心县'))).toEqual([null, 12.5, null, null, null])
    expect((counts.yAxis as { name: string }).name).toContain('同比')
    const rates = buildTrendOption([{ region: 'a', label: 'a', points: [point(2021, 95.5), point(2022, 98)] }], { ...BASE, unit: '%', mode: 'yoy' })
    expect(values(county(rates, 'a'))).toEqual([null, 2.5])
    expect((rates.yAxis as { name: string }).name).toContain('百分点')
  })

  it('draws no median for a year with fewer than three stated values', () => {
    const three: TrendSeries[] = [...SERIES, { region: '利通区', label: '利通区', points: [point(2019, 10), point(2020, 30)] }]
    const median = (buildTrendOption(three, BASE).series as LineSeriesOption[])[0]!
    expect(median.name).toBe('全部区县中位数')
    // 2019: 100, 80, 10 → 80. Later years have one or two values: no median.
    expect(values(median)).toEqual([80, null, null, null, null])
  })

  it('puts region, year and report ids on each point for clicks', () => {
    const items = county(buildTrendOption(SERIES, BASE), '盐池县').data as Item[]
    expect(items[2]!.datum).toMatchObject({ region: '盐池县', year: 2021, reportIds: ['r2021'], kind: 'value' })
    expect(items[1]!.datum).toMatchObject({ region: '盐池县', year: 2020, kind: 'absent', amount: null })
  })

  it('at national scale draws the top N by latest value, a median of all, and a note', () => {
    const many: TrendSeries[] = Array.from({ length: 2800 }, (_, i) => ({ region: `县${i}`, label: `县${i}`, points: [point(2022, i), point(2023, i % 7 === 0 ? null : i)] }))
    const option = buildTrendOption(many, { ...BASE, maxSeries: 10 })
    const series = option.series as LineSeriesOption[]
    expect(series).toHaveLength(11)
    expect(series[0]!.name).toBe('全部区县中位数')
    expect(series[1]!.name).toBe('县2799')
    // 2023: the median of the 2,400 stated values; absent ones are not counted as 0.
    expect(values(series[0]!)).toEqual([1399.5, 1400])
    const note = (option.graphic as { style: { text: string } }[])[0]!.style.text
    expect(note).toContain('前 10 个')
    expect(note).toContain('2,800')
  })

  it('has a table with the same numbers, absent as empty, ≈ flagged', () => {
    const table = buildRegionYearTable(SERIES, BASE)
    const row = table.rows[0]!
    expect(row.y2020).toBeNull()
    expect(row.y2022).toBe(0)
    expect(row.y2023).toBe(4000)
    expect(row.a2023).toBe('≈')
    expect(table.columns.find(c => c.key === 'y2023')).toMatchObject({ approxKey: 'a2023', numeric: true })
    expect(table.columns.find(c => c.key === 'y2023')!.label).toContain('件')
  })
})

describe('trends stay readable (issue 11 item 11)', () => {
  const counties = (n: number, years = [2021, 2022, 2023]): TrendSeries[] =>
    Array.from({ length: n }, (_, i) => ({ region: `县${i}`, label: `县${i}`, points: years.map(y => point(y, 100 + i * 10 + (y - 2021))) }))
  const legend = (option: ChartOption) => (option.legend as { data: string[] }).data
  const note = (option: ChartOption) => (option.graphic as { style: { text: string } }[])[0]!.style.text

  it('with 24 counties colours the top five by latest value and draws the rest grey, out of the legend', () => {
    const option = buildTrendOption(counties(24), BASE)
    const series = option.series as LineSeriesOption[]
    expect(legend(option)).toEqual(['全部区县中位数', '县23', '县22', '县21', '县20', '县19'])
    const grey = series.filter(s => !legend(option).includes(s.name as string))
    expect(grey).toHaveLength(19)
    for (const s of grey)
      expect(s.lineStyle).toMatchObject({ width: 1, opacity: 0.45 })
    expect(note(option)).toContain('彩色为最近一年数值最大的 5 个区县，灰色为其余 19 个')
    // The tooltip lists the coloured ones and sums up the grey ones in one line.
    const tip = tooltip(option, 2023)
    expect(tip).toContain('县23：')
    expect(tip).not.toContain('县3：')
    expect(tip).toContain('其余 19 个区县（灰色）：102 件 – 282 件')
  })

  it('colours the chosen counties instead, when there are some', () => {
    const option = buildTrendOption(counties(24), { ...BASE, highlight: ['县3', '县7'] })
    expect(legend(option)).toEqual(['全部区县中位数', '县7', '县3'])
    expect(note(option)).toContain('彩色为所选的 2 个区县，灰色为其余 22 个')
  })

  it('keeps every line coloured for a few counties', () => {
    expect(legend(buildTrendOption(counties(4), BASE))).toEqual(['全部区县中位数', '县0', '县1', '县2', '县3'])
  })

  it('fits a rate\'s axis to its values, inside 0–100, and leaves counts from 0', () => {
    const rates = buildTrendOption([{ region: 'a', label: 'a', points: [point(2021, 95.5), point(2022, 99.5)] }], { ...BASE, unit: '%' })
    const axis = rates.yAxis as { min: (e: { min: number, max: number }) => number, max: (e: { min: number, max: number }) => number }
    expect(axis.min({ min: 95.5, max: 99.5 })).toBe(94)
    expect(axis.max({ min: 95.5, max: 99.5 })).toBe(100)
    expect(axis.min({ min: 0.5, max: 3 })).toBe(0)
    expect((buildTrendOption(SERIES, BASE).yAxis as { min?: unknown }).min).toBeUndefined()
  })

  it('lists the median only when some year has one to draw', () => {
    // Three counties, but never three values in one year.
    const sparse: TrendSeries[] = [
      { region: 'a', label: 'a', points: [point(2019, 1), point(2020, 2)] },
      { region: 'b', label: 'b', points: [point(2021, 3), point(2022, 4)] },
      { region: 'c', label: 'c', points: [point(2023, 5)] },
    ]
    const option = buildTrendOption(sparse, BASE)
    expect((option.series as LineSeriesOption[]).map(s => s.name)).not.toContain('全部区县中位数')
    expect(legend(option)).toEqual(['a', 'b', 'c'])
    expect(note(option)).toContain('1 个区县只有一个年份的数值')
  })

  it('says there is no trend when every county has one year, instead of lone dots', () => {
    const option = buildTrendOption(counties(3, [2023]), BASE)
    expect(option.series).toEqual([])
    const texts = (option.graphic as { style: { text: string } }[]).map(g => g.style.text)
    expect(texts).toContain('所选的 3 个区县各只有一个年份的数值，画不出趋势。请扩大年份范围，或看区县对比与热力图。')
  })
})
