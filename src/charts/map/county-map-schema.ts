import { z } from '../../schema/zod'

/**
 * A county map as plain GeoJSON: the map package's boundaries, simplified at
 * build time for a map drawn at card size (docs/map.md).
 *
 * The schema checks what the build reads out of the map package, so a changed
 * upstream format fails the build instead of drawing nothing.
 */

const PositionSchema = z.tuple([
  z.number().finite(),
  z.number().finite(),
])
// A closed ring: at least a triangle and its closing point.
const RingSchema = z.array(PositionSchema).min(4)

const PolygonSchema = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(RingSchema).min(1),
})

const MultiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(RingSchema).min(1)).min(1),
})

export const AreaGeometrySchema = z.discriminatedUnion('type', [
  PolygonSchema,
  MultiPolygonSchema,
])
export type AreaGeometry = z.infer<typeof AreaGeometrySchema>

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
  geometry: AreaGeometrySchema,
})
export type SourceFeature = z.infer<typeof SourceFeatureSchema>

export const SourceCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  // The package's plain files say false; the compressed encoding is not read.
  UTF8Encoding: z.literal(false).optional(),
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
  geometry: AreaGeometry
}

/** What `virtual:ningxia-map` exports: one FeatureCollection of county features. */
export interface CountyMap {
  type: 'FeatureCollection'
  features: CountyFeature[]
}
