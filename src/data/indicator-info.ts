import type { Indicator } from '../catalog/indicators'
import type { Combine } from './aggregate'
import { findIndicator } from '../catalog/indicators'

/** What the UI needs to know about an indicator, also for ids the catalog lacks (imports). */
export interface IndicatorInfo {
  id: string
  zh: string
  en: string
  unit: string
  combine: Combine
  category: Indicator['category'] | null
}

/** Catalog entry, or a plain fallback naming the id (summed, unit from the data). */
export function indicatorInfo(id: string, fallbackUnit = ''): IndicatorInfo {
  const i = findIndicator(id)
  if (i) {
    return {
      id,
      zh: i.zh,
      en: i.en,
      unit: i.unit,
      combine: i.aggregate,
      category: i.category,
    }
  }
  return {
    id,
    zh: id,
    en: id,
    unit: fallbackUnit,
    combine: 'sum',
    category: null,
  }
}
