import type { Province } from '../../catalog/gazetteer'
import { NINGXIA } from '../../catalog/gazetteer'

/**
 * Map region name (the gazetteer's Chinese county name, e.g. 盐池县) → its
 * English name (Yanchi). Region names stay Chinese so data items keep matching
 * the map; the English UI passes this to a label or tooltip formatter.
 */
export function englishCountyNames(province: Province): Readonly<Record<string, string>> {
  return Object.fromEntries(
    province.prefectures.flatMap(p => p.counties.map(c => [c.name, c.en])),
  )
}

export const NINGXIA_ENGLISH_NAMES = englishCountyNames(NINGXIA)
