import type { Province } from '../../src/catalog/gazetteer'
import type { CountyMap } from '../../src/charts/map/county-map-schema'
import type { MapRegistry } from '../../src/charts/map/ningxia'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import * as echarts from 'echarts'
import { describe, expect, it } from 'vitest'
import { buildCountyMap, buildNingxiaMap, CountyMapError, NINGXIA_SOURCE, resolveShapeDir } from '../../scripts/vite-plugin-ningxia-map'
import { COUNTY_PLACES, NINGXIA } from '../../src/catalog/gazetteer'
import { ensureNingxiaMap, NINGXIA_MAP } from '../../src/charts/map/ningxia'

type Ring = [number, number][]

/** The package's own boundaries, unsimplified, read without the plugin's code. */
function readPlainGeoJson(): Map<string, Ring[][]> {
  const dir = resolveShapeDir()
  const byCode = new Map<string, Ring[][]>()
  for (const file of NINGXIA_SOURCE.files) {
    const collection = JSON.parse(readFileSync(path.join(dir, `${file}.geojson`), 'utf8'))
    for (const f of collection.features) {
      byCode.set(f.id, f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates]
        : f.geometry.coordinates)
    }
  }
  return byCode
}

/** Polygons of a decoded feature, whatever its geometry type. */
function polygonsOf(geometry: { type: string, coordinates: unknown }): Ring[][] {
  return (geometry.type === 'Polygon'
    ? [geometry.coordinates]
    : geometry.coordinates) as Ring[][]
}

/** Planar area in square degrees: exterior rings less their holes (shoelace). */
function areaOf(polygons: Ring[][]): number {
  const ringArea = (ring: Ring) => Math.abs(ring.reduce((sum, [x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length]!
    return sum + x * ny - nx * y
  }, 0)) / 2
  return polygons.reduce((sum, [outer, ...holes]) => sum + ringArea(outer!) - holes.reduce((h, r) => h + ringArea(r), 0), 0)
}

function pointCount(polygons: Ring[][]): number {
  return polygons.flat().reduce((n, ring) => n + ring.length, 0)
}

function boundsOf(polygons: Ring[][]): { west: number, east: number, south: number, north: number } {
  const points = polygons.flat(2)
  const lngs = points.map(p => p[0])
  const lats = points.map(p => p[1])
  return {
    west: Math.min(...lngs),
    east: Math.max(...lngs),
    south: Math.min(...lats),
    north: Math.max(...lats),
  }
}

function withCounties(edit: (counties: Province['prefectures'][number]['counties']) => Province['prefectures'][number]['counties']): Province {
  return {
    ...NINGXIA,
    prefectures: NINGXIA.prefectures.map(p => ({
      ...p,
      counties: edit(p.counties),
    })),
  }
}

describe('buildNingxiaMap', () => {
  const map = buildNingxiaMap()

  it('has exactly the 22 gazetteer counties, named and coded as the gazetteer has them', () => {
    expect(map.features).toHaveLength(22)
    expect(map.features.map(f => [f.id, f.properties.name]))
      .toEqual(COUNTY_PLACES.map(p => [p.county.code, p.county.name]))
  })

  const plain = readPlainGeoJson()

  it('simplifies the counties to an eighth of the package\'s points or fewer, keeping its area and extent', () => {
    let points = 0
    let sourcePoints = 0
    for (const { id, geometry, properties } of map.features) {
      const simplified = polygonsOf(geometry)
      const source = plain.get(id)!
      points += pointCount(simplified)
      sourcePoints += pointCount(source)
      // A county outline still has its shape: tens of points, not a triangle.
      expect(pointCount(simplified), properties.name).toBeGreaterThan(30)
      expect(areaOf(simplified) / areaOf(source), properties.name).toBeCloseTo(1, 1)
      const [a, b] = [boundsOf(simplified), boundsOf(source)]
      for (const side of ['west', 'east', 'south', 'north'] as const)
        expect(Math.abs(a[side] - b[side]), `${properties.name} ${side}`).toBeLessThan(0.01)
    }
    expect(sourcePoints).toBeGreaterThan(30_000)
    expect(points).toBeLessThan(sourcePoints / 8)
  })

  it('keeps shared borders shared: neighbours have the same vertices along their border', () => {
    const vertices = new Map(map.features.map(f => [
      f.properties.name,
      new Set(polygonsOf(f.geometry).flat(2).map(([x, y]) => `${x},${y}`)),
    ]))
    const shared = (a: string, b: string) => [...vertices.get(a)!].filter(v => vertices.get(b)!.has(v)).length
    // Borders simplified county by county would share a point here and there at most.
    for (const [a, b] of [['兴庆区', '金凤区'], ['利通区', '青铜峡市'], ['原州区', '西吉县'], ['沙坡头区', '中宁县']] as const)
      expect(shared(a, b), `${a}–${b}`).toBeGreaterThan(5)
    expect(shared('惠农区', '泾源县')).toBe(0)
  })

  it('fails naming the county when a gazetteer county has no boundary in the package', () => {
    const province = withCounties(cs => cs.some(c => c.name === '盐池县')
      ? [
          ...cs,
          { name: '测试县', code: '640399', en: 'Test' },
        ]
      : cs)
    expect(() => buildCountyMap({ ...NINGXIA_SOURCE, province })).toThrow(CountyMapError)
    expect(() => buildCountyMap({ ...NINGXIA_SOURCE, province })).toThrow(/测试县 \(640399, 吴忠市\)/)
  })

  it('fails listing every county of a prefecture file left out of the source', () => {
    const files = NINGXIA_SOURCE.files.filter(f => !f.includes('gu4_yuan2'))
    expect(() => buildCountyMap({ ...NINGXIA_SOURCE, files }))
      .toThrow(/原州区 \(640402, 固原市\), 西吉县 .*彭阳县/)
  })

  it('matches by name when a code changed and keeps the gazetteer code as the feature id', () => {
    const province = withCounties(cs => cs.map(c => c.name === '红寺堡区'
      ? { ...c, code: '640399' }
      : c))
    const { map: renumbered } = buildCountyMap({ ...NINGXIA_SOURCE, province })
    expect(renumbered.features.find(f => f.properties.name === '红寺堡区')?.id).toBe('640399')
  })
})

describe('ensureNingxiaMap with ECharts', () => {
  it('registers the map once, even when called concurrently', async () => {
    const registered = new Map<string, CountyMap>()
    let calls = 0
    const registry: MapRegistry = {
      getMap: name => registered.get(name),
      registerMap: (name, geoJson) => {
        calls++
        registered.set(name, geoJson)
      },
    }
    await Promise.all([
      ensureNingxiaMap(registry),
      ensureNingxiaMap(registry),
    ])
    await ensureNingxiaMap(registry)
    expect(calls).toBe(1)
    expect(registered.get(NINGXIA_MAP)?.features).toHaveLength(22)
  })

  it('draws all 22 counties with their Chinese names', async () => {
    await ensureNingxiaMap(echarts)
    const chart = echarts.init(null, null, {
      renderer: 'svg',
      ssr: true,
      width: 400,
      height: 700,
    })
    chart.setOption({
      series: [
        {
          type: 'map',
          map: NINGXIA_MAP,
          label: { show: true },
          data: [
            { name: '盐池县', value: 1 },
          ],
        },
      ],
    })
    const svg = chart.renderToSVGString()
    chart.dispose()
    for (const { county } of COUNTY_PLACES)
      expect(svg, county.name).toContain(`>${county.name}<`)
  })

  it('places the counties where Ningxia is: Yinchuan in the north, Guyuan in the south', async () => {
    await ensureNingxiaMap(echarts)
    const chart = echarts.init(null, null, {
      renderer: 'svg',
      ssr: true,
      width: 400,
      height: 700,
    })
    chart.setOption({
      series: [
        { type: 'map', map: NINGXIA_MAP },
      ],
    })
    chart.dispose()
    const features = (echarts.getMap(NINGXIA_MAP)?.geoJSON as { features: { properties: { name: string }, geometry: { type: string, coordinates: unknown } }[] }).features
    const bounds = new Map(features.map(f => [
      f.properties.name,
      boundsOf(polygonsOf(f.geometry)),
    ]))
    const all = boundsOf(features.flatMap(f => polygonsOf(f.geometry)))
    // Ningxia spans about 104°17′–107°39′E and 35°14′–39°23′N.
    expect(all.west).toBeGreaterThan(104)
    expect(all.east).toBeLessThan(107.8)
    expect(all.south).toBeGreaterThan(35)
    expect(all.north).toBeLessThan(39.5)
    expect(all.north - all.south).toBeGreaterThan(all.east - all.west)
    const yinchuan = NINGXIA.prefectures.find(p => p.name === '银川市')!.counties
    const guyuan = NINGXIA.prefectures.find(p => p.name === '固原市')!.counties
    const southOfYinchuan = Math.min(...yinchuan.map(c => bounds.get(c.name)!.south))
    const northOfGuyuan = Math.max(...guyuan.map(c => bounds.get(c.name)!.north))
    expect(southOfYinchuan).toBeGreaterThan(northOfGuyuan)
  })
})
