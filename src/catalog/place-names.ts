import { NINGXIA, PROVINCES } from './gazetteer'

/**
 * Place names as the UI and the map use them, derived from the gazetteer in
 * this one module: English (pinyin) names, and the county names of the
 * Ningxia map. Places keep their Chinese name as their key everywhere (data,
 * filters, map regions); only what is shown changes with the language.
 */

/** Chinese place name → English (pinyin) name: every province, prefecture and county. */
const ENGLISH: ReadonlyMap<string, string> = new Map(PROVINCES.flatMap(province => [
  [province.name, province.en] as const,
  ...province.prefectures.flatMap(prefecture => [
    [prefecture.name, prefecture.en] as const,
    ...prefecture.counties.map(county => [county.name, county.en] as const),
  ]),
]))

/** A place's English name, if the gazetteer has it. */
export function englishPlaceName(name: string): string | undefined {
  return ENGLISH.get(name)
}

/** A place name as the UI shows it: Chinese, or pinyin when `lang` is 'en' (the Chinese name when the gazetteer lacks it). */
export function placeLabel(name: string, lang: string): string {
  return lang === 'en'
    ? ENGLISH.get(name) ?? name
    : name
}

/** The counties of the default map (Ningxia), by the names its features carry. */
export const NINGXIA_REGIONS: ReadonlySet<string> = new Set(NINGXIA.prefectures.flatMap(p => p.counties.map(c => c.name)))
