import type { CountyMap } from './county-map-schema'

/** The name the county map is registered under; use it as a map series' `map`. */
export const NINGXIA_MAP = 'ningxia'

/**
 * The part of ECharts this needs, so either 'echarts' or 'echarts/core' (with
 * MapChart registered) can be passed.
 */
export interface MapRegistry {
  registerMap: (mapName: string, geoJson: CountyMap) => void
  getMap: (mapName: string) => unknown
}

/**
 * Registers the Ningxia county map with ECharts once. The geometry (~18 kB
 * gzipped) is its own chunk, fetched the first time a view that draws the
 * map calls this; await it before setting a map series option.
 */
export async function ensureNingxiaMap(echarts: MapRegistry): Promise<void> {
  if (echarts.getMap(NINGXIA_MAP))
    return
  const { default: geoJson } = await import('virtual:ningxia-map')
  // Another caller may have registered it while the chunk was loading.
  if (!echarts.getMap(NINGXIA_MAP))
    echarts.registerMap(NINGXIA_MAP, geoJson)
}
