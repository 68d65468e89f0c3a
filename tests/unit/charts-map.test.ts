import type { MapSeriesOption } from 'echarts/charts'
import type { ChartDatum } from '../../src/charts/types'
import { describe, expect, it } from 'vitest'
import { buildMapOption } from '../../src/charts/map/option'
import { NINGXIA_MAP } from '../../src/charts/map/ningxia'
import { BASE, row } from './charts-fixtures'

type Item = { name: string, value: number | null, datum: ChartDatum, itemStyle?: { decal?: { symbol: string } } }

const ROWS = [row('盐池县', 120, { approx: true }), row('同心县', null), row('利通区', 0)]

describe('buildMapOption', () => {
  it('draws the Ningxia county map with one item per county named as the map names it', () => {
    const option = buildMapOption(ROWS, BASE)
    const series = (option.series as MapSeriesOption[])[0]!
    expect(series.type).toBe('map')
    expect(series.map).toBe(NINGXIA_MAP)
    expect((series.data as Item[]).map(d => d.name)).toEqual(['盐池县', '同心县', '利通区'])
  })

  it('leaves absent counties null and hatched, outside the colour scale; a stated 0 is on the scale', () => {
    const option = buildMapOption(ROWS, BASE)
    const series = (option.series as MapSeriesOption[])[0]!
    const items = series.data as Item[]
    expect(items[1]!.value).toBeNull()
    expect(items[1]!.itemStyle).toBeUndefined() // keeps the series' hatched no-data style
    expect(series.itemStyle).toMatchObject({ decal: expect.any(Object) })
    expect(items[2]!.value).toBe(0)
    expect(items[2]!.itemStyle?.decal?.symbol).toBe('none')
    const scale = (option.visualMap as { min: number, max: number, text: string[] }[])[0]!
    expect([scale.min, scale.max]).toEqual([0, 120])
    expect(scale.text[0]).toContain('件')
  })

  it('draws only the counties on the map and says how many others the data holds (national scale)', () => {
    const elsewhere = Array.from({ length: 2800 }, (_, i) => row(`合成${i}县`, i))
    const option = buildMapOption([...ROWS, ...elsewhere], BASE)
    const items = (option.series as MapSeriesOption[])[0]!.data as Item[]
    expect(items.map(d => d.name)).toEqual(['盐池县', '同心县', '利通区'])
    // The colour scale is the map's own counties', not the nation's.
    expect((option.visualMap as { max: number }[])[0]!.max).toBe(120)
    expect(JSON.stringify(option.graphic)).toContain('另有 2,800 个区县不在本地图范围内')
    expect(JSON.stringify(buildMapOption(ROWS, BASE).graphic)).not.toContain('不在本地图范围内')
  })

  it('has a 无数据 legend swatch and tooltips with ≈, unit and source', () => {
    const option = buildMapOption(ROWS, BASE)
    expect(JSON.stringify(option.graphic)).toContain('无数据')
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter
    expect(formatter({ name: '盐池县' })).toContain('≈120 件')
    expect(formatter({ name: '同心县' })).toContain('无数据')
    // A county the rows do not mention is absent too.
    expect(formatter({ name: '海原县' })).toContain('无数据')
  })

  it('draws county names, translated when the view passes a label function', () => {
    const label = (o: ReturnType<typeof buildMapOption>) => ((o.series as MapSeriesOption[])[0]!.label as { formatter: (p: unknown) => string }).formatter
    expect(label(buildMapOption(ROWS, BASE))({ name: '盐池县' })).toBe('盐池县')
    expect(label(buildMapOption(ROWS, { ...BASE, regionLabel: r => (r === '盐池县' ? 'Yanchi' : r) }))({ name: '盐池县' })).toBe('Yanchi')
  })

  it('names the region for clicks', () => {
    const items = (buildMapOption(ROWS, BASE).series as MapSeriesOption[])[0]!.data as Item[]
    expect(items[0]!.datum).toMatchObject({ region: '盐池县', reportIds: ['r-盐池县'], approx: true })
  })
})
