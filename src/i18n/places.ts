import type { Lang } from '../data/query'
import { PROVINCES } from '../catalog/gazetteer'

/** Chinese place name → English (pinyin) name, from the gazetteer. */
const ENGLISH: ReadonlyMap<string, string> = new Map(PROVINCES.flatMap(province => [
  [province.name, province.en] as const,
  ...province.prefectures.flatMap(prefecture => [
    [prefecture.name, prefecture.en] as const,
    ...prefecture.counties.map(county => [county.name, county.en] as const),
  ]),
]))

/** A place name as the UI shows it: Chinese, or pinyin in English (the Chinese name when the gazetteer lacks it). */
export function placeLabel(name: string, lang: Lang): string {
  return lang === 'en'
    ? ENGLISH.get(name) ?? name
    : name
}
