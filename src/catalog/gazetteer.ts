/**
 * Administrative divisions the parser recognises. One entry per province;
 * adding a province is adding an entry here (codes are GB/T 2260, the same
 * ids the map's GeoJSON features carry).
 */

export interface County {
  /** Full name as reports write it, e.g. 盐池县. */
  name: string
  /** Six-digit administrative code. */
  code: string
  /** English (pinyin) name for the English UI. */
  en: string
  /** Other spellings a report may use (without the province prefix). */
  aliases?: readonly string[]
}

export interface Prefecture {
  name: string
  code: string
  en: string
  counties: readonly County[]
}

export interface Province {
  name: string
  /** Short name used in titles, e.g. 宁夏. */
  short: string
  code: string
  en: string
  prefectures: readonly Prefecture[]
}

export const NINGXIA: Province = {
  name: '宁夏回族自治区',
  short: '宁夏',
  code: '640000',
  en: 'Ningxia',
  prefectures: [
    {
      name: '银川市',
      code: '640100',
      en: 'Yinchuan',
      counties: [
        { name: '兴庆区', code: '640104', en: 'Xingqing' },
        { name: '西夏区', code: '640105', en: 'Xixia' },
        { name: '金凤区', code: '640106', en: 'Jinfeng' },
        { name: '永宁县', code: '640121', en: 'Yongning' },
        { name: '贺兰县', code: '640122', en: 'Helan' },
        { name: '灵武市', code: '640181', en: 'Lingwu' },
      ],
    },
    {
      name: '石嘴山市',
      code: '640200',
      en: 'Shizuishan',
      counties: [
        { name: '大武口区', code: '640202', en: 'Dawukou' },
        { name: '惠农区', code: '640205', en: 'Huinong' },
        { name: '平罗县', code: '640221', en: 'Pingluo' },
      ],
    },
    {
      name: '吴忠市',
      code: '640300',
      en: 'Wuzhong',
      counties: [
        { name: '利通区', code: '640302', en: 'Litong' },
        { name: '红寺堡区', code: '640303', en: 'Hongsibu' },
        { name: '盐池县', code: '640323', en: 'Yanchi' },
        { name: '同心县', code: '640324', en: 'Tongxin' },
        { name: '青铜峡市', code: '640381', en: 'Qingtongxia' },
      ],
    },
    {
      name: '固原市',
      code: '640400',
      en: 'Guyuan',
      counties: [
        { name: '原州区', code: '640402', en: 'Yuanzhou' },
        { name: '西吉县', code: '640422', en: 'Xiji' },
        { name: '隆德县', code: '640423', en: 'Longde' },
        { name: '泾源县', code: '640424', en: 'Jingyuan' },
        { name: '彭阳县', code: '640425', en: 'Pengyang' },
      ],
    },
    {
      name: '中卫市',
      code: '640500',
      en: 'Zhongwei',
      counties: [
        { name: '沙坡头区', code: '640502', en: 'Shapotou' },
        { name: '中宁县', code: '640521', en: 'Zhongning' },
        { name: '海原县', code: '640522', en: 'Haiyuan' },
      ],
    },
  ],
}

export const PROVINCES: readonly Province[] = [NINGXIA]

export interface Place {
  county: County | null
  prefecture: Prefecture
  province: Province
}

/** Every county-level unit with its prefecture and province. */
export const COUNTY_PLACES: readonly (Place & { county: County })[] = PROVINCES.flatMap(province =>
  province.prefectures.flatMap(prefecture =>
    prefecture.counties.map(county => ({ county, prefecture, province })),
  ),
)

const PREFECTURE_PLACES: readonly Place[] = PROVINCES.flatMap(province =>
  province.prefectures.map(prefecture => ({ county: null, prefecture, province })),
)

/** Names to look for in a text, longest first so 红寺堡区 wins over shorter overlaps. */
const COUNTY_NAMES: readonly [string, Place][] = COUNTY_PLACES
  .flatMap(p => [p.county.name, ...(p.county.aliases ?? [])].map(n => [n, p] as [string, Place]))
  .sort((a, b) => b[0].length - a[0].length)

/**
 * The first county-level unit named in `text` (earliest position wins), else
 * the first prefecture-level city named, else null.
 */
export function findPlace(text: string): Place | null {
  let best: { at: number, place: Place } | null = null
  for (const [name, place] of COUNTY_NAMES) {
    const at = text.indexOf(name)
    if (at >= 0 && (best === null || at < best.at))
      best = { at, place }
  }
  if (best)
    return best.place
  for (const place of PREFECTURE_PLACES) {
    if (text.includes(place.prefecture.name))
      return place
  }
  return null
}

export function findCountyByName(name: string): (Place & { county: County }) | undefined {
  return COUNTY_PLACES.find(p => p.county.name === name)
}

/**
 * The gazetteer counties a scope covers: those of the chosen prefectures
 * (and counties); without a prefecture filter, every prefecture of each
 * province the data touches (`dataPrefectures`): 石嘴山市, with no report at
 * all, is listed as much as 吴忠市. The coverage matrix (src/data/coverage.ts)
 * and the briefing (src/audit/briefing/scope.ts) both start from this list.
 */
export function gazetteerCounties(dataPrefectures: ReadonlySet<string | null>, f: { prefectures: readonly string[], counties: readonly string[] }): { region: string, prefecture: string }[] {
  const out: { region: string, prefecture: string }[] = []
  for (const province of PROVINCES) {
    const touched = province.prefectures.some(p => dataPrefectures.has(p.name))
    for (const prefecture of province.prefectures) {
      const wanted = f.prefectures.length > 0
        ? f.prefectures.includes(prefecture.name)
        : touched
      if (!wanted)
        continue
      for (const county of prefecture.counties) {
        if (f.counties.length === 0 || f.counties.includes(county.name))
          out.push({ region: county.name, prefecture: prefecture.name })
      }
    }
  }
  return out
}
