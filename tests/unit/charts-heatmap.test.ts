import type { HeatmapSeriesOption } from 'echarts/charts'
import type { ChartDatum, ChartOption, HeatmapCell } from '../../src/charts/types'
import { describe, expect, it } from 'vitest'
import { buildHeatmapOption } from '../../src/charts/heatmap'
import { buildMapOption } from '../../src/charts/map/option'
import { scaleRange } from '../../src/charts/scale'
import { buildHeatmapTable } from '../../src/charts/year-table'
import { BASE } from './charts-fixtures'

type Item = { value: [number, number, number], datum: ChartDatum }

function cell(region: string, year: number, value: number | null, approx = false): HeatmapCell {
  return { region, year, value, approx, sources: ['table'], reportIds: [`${region}-${year}`] }
}

const CELLS = [cell('盐池县', 2021, 10), cell('盐池县', 2022, 0), cell('盐池县', 2023, 30, true), cell('同心县', 2021, 5), cell('同心县', 2023, null)]

function seriesOf(option: ChartOption): HeatmapSeriesOption[] {
  return option.series as HeatmapSeriesOption[]
}
function tooltip(option: ChartOption, item: Item): string {
  return (option.tooltip as { formatter: (p: unknown) => string }).formatter({ data: item })
}

describe('buildHeatmapOption', () => {
  it('keeps absent cells out of the coloured series and in a separate no-data series', () => {
    const option = buildHeatmapOption(CELLS, BASE)
    const [values, absent] = seriesOf(option) as [HeatmapSeriesOption, HeatmapSeriesOption]
    const valueCells = (values.data as Item[]).map(d => d.value)
    expect(valueCells).toContainEqual([1, 0, 0]) // the stated 0 is coloured like a value
    expect(valueCells).toHaveLength(4)
    const absentCells = (absent.data as Item[]).map(d => [d.value[0], d.value[1]])
    // 同心县 2022 (no cell) and 2023 (null) are absent, never 0.
    expect(absentCells).toEqual([[1, 1], [2, 1]])
    expect((absent.data as Item[]).every(d => d.datum.amount === null && d.datum.kind === 'absent')).toBe(true)
  })

  it('styles absent cells grey and hatched, with their own legend entry outside the scale', () => {
    const option = buildHeatmapOption(CELLS, BASE)
    const absent = seriesOf(option)[1]!
    expect(absent.itemStyle).toMatchObject({ decal: expect.any(Object) })
    const [scale, noData] = option.visualMap as [{ seriesIndex: number, min: number, max: number }, { seriesIndex: number, pieces: { label: string }[] }]
    expect(scale.seriesIndex).toBe(0)
    expect([scale.min, scale.max]).toEqual([0, 30])
    expect(noData.seriesIndex).toBe(1)
    expect(noData.pieces[0]!.label).toBe('无数据')
    // Its legend entry is a hatched swatch (a visualMap cannot draw hatching).
    expect(JSON.stringify(option.graphic)).toContain('无数据')
  })

  it('says 无数据 for an absent cell and ≈ with the unit and year-on-year change for a value', () => {
    const option = buildHeatmapOption(CELLS, BASE)
    const absent = (seriesOf(option)[1]!.data as Item[])[0]!
    expect(tooltip(option, absent)).toContain('无数据')
    const approx = (seriesOf(option)[0]!.data as Item[]).find(d => d.datum.year === 2023)!
    const tip = tooltip(option, approx)
    expect(tip).toContain('≈30 件')
    expect(tip).toContain('盐池县 · 2023')
    // 2022 was 0: no percentage change.
    expect(tip).toContain('同比：—')
  })

  it('labels cells with ≈ for approximate values', () => {
    const option = buildHeatmapOption(CELLS, BASE)
    const values = seriesOf(option)[0]!
    const formatter = (values.label as { formatter: (p: unknown) => string }).formatter
    const approx = (values.data as Item[]).find(d => d.datum.approx)
    expect(formatter({ data: approx })).toBe('≈30')
  })

  it('at national scale keeps the top rows by latest value, scrolls, and notes the total', () => {
    const cells = Array.from({ length: 2800 }, (_, i) => [cell(`县${i}`, 2022, i), cell(`县${i}`, 2023, i * 2)]).flat()
    const option = buildHeatmapOption(cells, { ...BASE, maxRows: 30 })
    const regions = (option.yAxis as { data: string[] }).data
    expect(regions).toHaveLength(30)
    expect(regions[0]).toBe('县2799')
    expect(option.dataZoom).toHaveLength(2)
    const note = (option.graphic as { type: string, style?: { text: string } }[]).find(g => g.type === 'text')!
    expect(note.style!.text).toContain('2,800')
  })

  it('has a table with the same numbers', () => {
    const table = buildHeatmapTable(CELLS, BASE)
    expect(table.rows).toEqual([
      { region: '盐池县', y2021: 10, a2021: '', y2022: 0, a2022: '', y2023: 30, a2023: '≈' },
      { region: '同心县', y2021: 5, a2021: '', y2022: null, a2022: '', y2023: null, a2023: '' },
    ])
  })
})

describe('rate colour scales (issue 11 item 4)', () => {
  const RATE = { ...BASE, unit: '%' }
  const scaleOf = (option: ChartOption) => (option.visualMap as { min: number, max: number, text: string[] }[])[0]!

  it('a single rate value keeps the heatmap scale inside 0–100 %', () => {
    for (const v of [99.5, 100, 0.4, 0]) {
      const scale = scaleOf(buildHeatmapOption([cell('盐池县', 2023, v)], RATE))
      expect(scale.min).toBeGreaterThanOrEqual(0)
      expect(scale.max).toBeLessThanOrEqual(100)
      expect(scale.max).toBeGreaterThan(scale.min)
      expect(v).toBeGreaterThanOrEqual(scale.min)
      expect(v).toBeLessThanOrEqual(scale.max)
      expect(scale.text.join(' ')).not.toMatch(/100\.5|10[1-9]/)
    }
  })

  it('several rates near 100 never put the top of the scale above 100', () => {
    const scale = scaleOf(buildHeatmapOption([cell('盐池县', 2022, 99.5), cell('盐池县', 2023, 100), cell('同心县', 2023, 97)], RATE))
    expect([scale.min, scale.max]).toEqual([97, 100])
  })

  it('the map scale obeys the same bounds', () => {
    const option = buildMapOption([{ region: '盐池县', label: '盐池县', value: 99.5, approx: false, sources: ['table'], reportIds: ['x'] }], RATE)
    const scale = scaleOf(option)
    expect(scale.min).toBeGreaterThanOrEqual(0)
    expect(scale.max).toBeLessThanOrEqual(100)
  })

  it('scaleRange: counts are not clamped, rates are', () => {
    expect(scaleRange([5], '件')).toEqual({ min: 0, max: 5 })
    expect(scaleRange([], '件')).toEqual({ min: 0, max: 1 })
    expect(scaleRange([], '%')).toEqual({ min: 0, max: 100 })
    expect(scaleRange([120, 150], '件')).toEqual({ min: 120, max: 150 })
    expect(scaleRange([95, 100.2], '%')).toEqual({ min: 95, max: 100 })
  })
})

describe('heatmap numbers on a narrow chart (issue 11 item 7)', () => {
  const wide = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].flatMap(year => [cell('盐池县', year, 14356), cell('同心县', year, 5147, true)])
  const labelsShown = (width?: number) => (seriesOf(buildHeatmapOption(wide, { ...BASE, width }))[0]!.label as { show: boolean }).show

  it('leaves the numbers out when they are wider than the cells (ten years on a 390 px phone)', () => {
    expect(labelsShown(358)).toBe(false)
  })

  it('keeps them when they fit, or when the width is unknown', () => {
    expect(labelsShown(1300)).toBe(true)
    expect(labelsShown(undefined)).toBe(true)
  })
})
