import type { Dataset } from './dataset'
import type { Vocabulary } from './query'
import { PROVINCES } from '../catalog/gazetteer'
import { INDICATORS } from '../catalog/indicators'

/** Every name a filter may use: the gazetteer's and whatever the loaded reports name. */
export function buildVocabulary(ds: Dataset | null): Vocabulary {
  const prefectures = new Set<string>()
  const counties = new Map<string, string | null>()
  const indicators = new Set(INDICATORS.map(i => i.id))
  for (const province of PROVINCES) {
    for (const prefecture of province.prefectures) {
      prefectures.add(prefecture.name)
      for (const county of prefecture.counties)
        counties.set(county.name, prefecture.name)
    }
  }
  if (ds) {
    ds.prefectures.forEach(p => prefectures.add(p))
    ds.regions.forEach((region, code) => {
      if (!counties.has(region))
        counties.set(region, ds.regionPrefecture[code] ?? null)
    })
    ds.indicators.forEach(i => indicators.add(i))
  }
  return { prefectures, counties, indicators }
}
