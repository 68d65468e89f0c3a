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
    const names = (series.data as Item[]).map(d => d.name)
    expect(names.slice(0, 3)).toEqual(['盐池县', '同心县', '利通区'])
    // Then every other county of the map, as filtered out.
    expect(names).toHaveLength(22)
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
    expect(items.map(d => d.name).slice(0, 3)).toEqual(['盐池县', '同心县', '利通区'])
    expect(items).toHaveLength(22)
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
    // A county the rows do not mention is outside the filters.
    expect(formatter({ name: '海原县' })).toContain('不在筛选范围内')
  })

  it('tells filtered-out counties from no report and no data: two styles, two legend entries (issue 11 item 12)', () => {
    const rows = [row('盐池县', 120), row('同心县', null), { ...row('利通区', null), noReport: true }]
    const option = buildMapOption(rows, BASE)
    const items = (option.series as MapSeriesOption[])[0]!.data as (Item & { itemStyle?: { areaColor?: string, borderType?: string } })[]
    const byName = new Map(items.map(i => [i.name, i]))
    // In scope without a value: the series' hatched grey (no item style of its own).
    expect(byName.get('同心县')!.itemStyle).toBeUndefined()
    expect(byName.get('利通区')!.itemStyle).toBeUndefined()
    // Outside the filters: page colour, dashed outline, no hatching.
    const out = byName.get('海原县')!
    expect(out.value).toBeNull()
    expect(out.itemStyle).toMatchObject({ areaColor: '#ffffff', borderType: 'dashed', decal: { symbol: 'none' } })
    const legend = JSON.stringify(option.graphic)
    expect(legend).toContain('无数据 / 无报告')
    expect(legend).toContain('不在筛选范围内')
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter
    expect(formatter({ name: '利通区' })).toContain('无报告')
    expect(formatter({ name: '同心县' })).toContain('无数据')
    // Every county in scope: no filtered-out legend entry.
    const all = buildMapOption(['兴庆区', '西夏区', '金凤区', '永宁县', '贺兰县', '灵武市', '大武口区', '惠农区', '平罗县', '利通区', '红寺堡区', '盐池县', '同心县', '青铜峡市', '原州区', '西吉县', '隆德县', '泾源县', '彭阳县', '沙坡头区', '中宁县', '海原县'].map(r => row(r, 1)), BASE)
    expect(JSON.stringify(all.graphic)).not.toContain('不在筛选范围内')
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
