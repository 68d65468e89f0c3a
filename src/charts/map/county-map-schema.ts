import { z } from '../../schema/zod'

/**
 * A county map in ECharts' compressed GeoJSON encoding (`UTF8Encoding`):
 * each ring is a string of zigzag-encoded deltas plus a starting offset, at
 * 1/1024 of a degree. ECharts decodes it on registerMap; we keep it encoded
 * because it is about a quarter of the gzip size of plain GeoJSON (docs/map.md).
 *
 * The schema checks what the build reads out of the map package, so a changed
 * upstream format fails the build instead of drawing nothing.
 */

const CompressedPolygonSchema = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(z.string().min(2)).min(1),
  encodeOffsets: z.array(z.tuple([
    z.number(),
    z.number(),
  ])).min(1),
})

const CompressedMultiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(z.string().min(2)).min(1)).min(1),
  encodeOffsets: z.array(z.array(z.tuple([
    z.number(),
    z.number(),
  ])).min(1)).min(1),
})

export const CompressedGeometrySchema = z.discriminatedUnion('type', [
  CompressedPolygonSchema,
  CompressedMultiPolygonSchema,
])
export type CompressedGeometry = z.infer<typeof CompressedGeometrySchema>

/** A feature as the map package ships it, less the properties we do not use (cp, childNum). */
export const SourceFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  // The package's cp (the county seat, which ECharts would use as the label
  // anchor) is dropped: seats sit on district edges, so Yinchuan's labels
  // collide; ECharts' centroid of the largest polygon reads better.
  properties: z.object({
    name: z.string().min(1),
  }),
  geometry: CompressedGeometrySchema,
})
export type SourceFeature = z.infer<typeof SourceFeatureSchema>

export const SourceCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  UTF8Encoding: z.literal(true),
  // Our output omits the scale, so only ECharts' default is accepted.
  UTF8Scale: z.literal(1024).optional(),
  features: z.array(SourceFeatureSchema),
})

export interface CountyFeature {
  type: 'Feature'
  /** Six-digit administrative code (GB/T 2260), as in the gazetteer. */
  id: string
  properties: {
    /** The gazetteer's county name (e.g. 盐池县); ECharts' region name. */
    name: string
  }
  geometry: CompressedGeometry
}

/** What `virtual:ningxia-map` exports: one FeatureCollection of county features. */
export interface CountyMap {
  type: 'FeatureCollection'
  UTF8Encoding: true
  features: CountyFeature[]
}
