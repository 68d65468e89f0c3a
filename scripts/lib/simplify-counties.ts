import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson'
import type { GeometryObject, Objects, Topology } from 'topojson-specification'
import { feature } from 'topojson-client'
import { topology } from 'topojson-server'
import { filter, filterAttachedWeight, presimplify, simplify } from 'topojson-simplify'

export interface SimplifyOptions {
  /**
   * Grid the boundaries are snapped to before borders are matched, in steps
   * across the map's extent. Neighbouring counties' shared borders in the
   * source differ by a grid step here and there; on a common grid they become
   * one arc, simplified once, so no gap or overlap opens between counties.
   */
  quantization: number
  /** Smallest triangle kept (Visvalingam's effective area), in square degrees. */
  minWeight: number
  /** Decimal places of the output coordinates. */
  digits: number
}

/**
 * For a static county map drawn at card size (Ningxia at ~500 px is ~0.01° per
 * pixel; the PNG export doubles that): the grid step is ~0.001°, the source's
 * own step (1/1024°), and a dropped point changes the outline by a triangle of
 * at most about 1 × 2 px. 4 decimals is ~10 m. docs/map.md has the figures.
 */
export const COUNTY_MAP_SIMPLIFY: SimplifyOptions = { quantization: 5000, minWeight: 3e-5, digits: 4 }

type Area = Polygon | MultiPolygon

function roundRing(ring: Position[], scale: number): Position[] {
  return ring.map(([x, y]) => [Math.round(x! * scale) / scale, Math.round(y! * scale) / scale])
}

function roundGeometry(geometry: Area, digits: number): Area {
  const scale = 10 ** digits
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(r => roundRing(r, scale)) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(p => p.map(r => roundRing(r, scale))) }
}

/**
 * Simplifies county boundaries together, keeping shared borders shared
 * (TopoJSON: the borders become arcs, each simplified once). Detached rings
 * (an enclave's islands) smaller than the threshold are dropped; every
 * county keeps its ids, properties and order.
 */
export function simplifyCounties<F extends Feature<Area>>(features: readonly F[], options: SimplifyOptions = COUNTY_MAP_SIMPLIFY): F[] {
  const collection: FeatureCollection<Area> = { type: 'FeatureCollection', features: [...features] }
  // The server's types allow null properties; the simplifier's do not. Ours are never null.
  const topo = presimplify(topology({ counties: collection }, options.quantization) as Topology<Objects>)
  const simplified = simplify(topo, options.minWeight)
  const kept = filter(simplified, filterAttachedWeight(simplified, options.minWeight))
  const out = feature(kept, kept.objects.counties as GeometryObject) as unknown as FeatureCollection<Area | null>
  return features.map((source, i) => {
    const geometry = out.features[i]?.geometry
    if (!geometry)
      throw new Error(`simplifying the map left ${String(source.id)} without a boundary: lower minWeight`)
    return { ...source, geometry: roundGeometry(geometry, options.digits) }
  })
}
