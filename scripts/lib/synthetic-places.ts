import type { Random } from './synthetic-random'
import { PROVINCES } from '../../src/catalog/gazetteer'
import { chance, int, logNormal, shuffle, uniform } from './synthetic-random'

/**
 * Fictitious provinces, prefectures and county-level units with plausible
 * two-character names. Every name is unique across levels (the app keys
 * regions by name), and none is a name the gazetteer knows, so synthetic
 * numbers never land on a real county of the map.
 */

export interface SyntheticCounty {
  /** Position in generation order; part of the report ids. */
  index: number
  name: string
  prefecture: string
  province: string
  /** Relative size (population, workload): median 1, a few counties much larger. */
  size: number
  /** Yearly growth factor of workload-like counts. */
  growth: number
  /** How reliably the county publishes its reports (0–1): some leave many gaps. */
  diligence: number
}

const FIRST = [...'安宝北滨昌长辰川春丹德东峨丰凤福阜高广海和河恒红华怀淮黄嘉建江金晋靖九康兰乐临灵龙隆鹿罗梅明南宁平浦祁清庆泉仁荣瑞沙山韶石寿双顺松泰桃天通同万文武西仙湘祥新兴秀宣阳延永余玉元云泽章昭镇正中舟竹']
const SECOND = [...'安坝宝滨昌城川春丹德定丰峰阜冈谷关海和河湖华化江津康口乐林陵隆门宁平坪浦桥青清泉山水顺台潭塘田亭通湾溪乡兴阳源远原州']

/** County-level suffixes with their rough national shares. */
const COUNTY_SUFFIXES: readonly [suffix: string, share: number][] = [['县', 0.55], ['区', 0.3], ['市', 0.13], ['旗', 0.02]]

const REAL_NAMES: ReadonlySet<string> = new Set(PROVINCES.flatMap(p => [
  p.name,
  p.short,
  ...p.prefectures.flatMap(f => [f.name, ...f.counties.flatMap(c => [c.name, ...(c.aliases ?? [])])]),
]))

/** Every two-character stem, shuffled; three characters once those run out. */
function stems(rand: Random, needed: number): string[] {
  const two: string[] = []
  for (const a of FIRST) {
    for (const b of SECOND) {
      if (a !== b)
        two.push(a + b)
    }
  }
  shuffle(rand, two)
  const out = two
  for (let i = 0; out.length < needed; i++)
    out.push(`${two[i % two.length]}${SECOND[Math.floor(i / two.length) % SECOND.length]}`)
  return out
}

function countySuffix(rand: Random): string {
  let r = rand()
  for (const [suffix, share] of COUNTY_SUFFIXES) {
    if (r < share)
      return suffix
    r -= share
  }
  return '县'
}

/**
 * `count` counties grouped 6–14 to a prefecture and 8–16 prefectures to a
 * province, like China's (about 2,800 county-level units nationally).
 */
export function buildPlaces(rand: Random, count: number): SyntheticCounty[] {
  const pool = stems(rand, count * 2 + 64)
  let next = 0
  const used = new Set<string>()
  const name = (suffix: string) => {
    for (;;) {
      const candidate = `${pool[next++]!}${suffix}`
      // A stem already taken with another suffix would read as the same place.
      const stem = candidate.slice(0, -1)
      if (!REAL_NAMES.has(candidate) && !used.has(stem)) {
        used.add(stem)
        return candidate
      }
    }
  }

  const counties: SyntheticCounty[] = []
  while (counties.length < count) {
    const province = name('省')
    const prefectures = int(rand, 8, 16)
    for (let p = 0; p < prefectures && counties.length < count; p++) {
      const prefecture = name('市')
      const size = int(rand, 6, 14)
      for (let c = 0; c < size && counties.length < count; c++) {
        counties.push({
          index: counties.length,
          name: name(countySuffix(rand)),
          prefecture,
          province,
          size: Math.min(8, Math.max(0.15, logNormal(rand, 1, 0.7))),
          growth: uniform(rand, 0.98, 1.09),
          diligence: chance(rand, 0.12)
            ? uniform(rand, 0.25, 0.6)
            : uniform(rand, 0.8, 1),
        })
      }
    }
  }
  return counties
}
