/**
 * Who published the report and where: the agency (from the title, else from
 * a web page's breadcrumb or site name), its place (the gazetteer, else read
 * from the agency's name and the report's own text, flagged as unverified)
 * and its kind.
 */

import type { AgencyKind } from '../schema/report'
import type { Place } from '../catalog/gazetteer'
import { BREADCRUMB } from './metadata-title'

/** Where the agency name ends and the year begins in a title. */
const TITLE_TAIL = /\s*(?:(?:19|20)\d{2}\s*年|关于|政府信息公开|政务公开).*$/
/** A title that starts with its year: 2022年度贺兰县政府信息公开工作年度报告. */
const TITLE_YEAR_FIRST = /^\s*(?:19|20)\d{2}\s*年度?\s*/
/** Province, prefecture and county parts of a place name outside the gazetteer: 安徽省合肥市肥西县. */
const PROVINCE_PART = /^(.{2,7}?(?:省|自治区))/
const PREFECTURE_PART = /^(.{2,6}?(?:市|自治州|州|盟|地区))(?=.{2,})/
const COUNTY_PART = /^(.{1,6}?(?:自治县|自治旗|县|区|旗|市))/
/** The agency is the county's government itself (not one of its bureaus, not a township). */
const GOVERNMENT = /^(?:人民政府|政府)(?:办公室)?$/
/** The government itself, not its office. */
const GOVERNMENT_ONLY = /^(?:人民政府|政府)$/
/** A city that speaks of the counties under it (各县区, 各县（市、区）) is a prefecture-level city. */
const HAS_COUNTIES = /各县区|各区县|县区政府|各县[(（]市|各县[(（]区|县[(（]市、?区[)）]|所辖各县/
/** Words a place name follows in a sentence: 本报告由淮安市洪泽区…, 请与淮安市洪泽区…联系. */
const BEFORE_PLACE = '(?:^|[^\\u4E00-\\u9FFF]|[由在经按受向据与和及对于是])'
/** An agency named by a web page (breadcrumb item, site name): 西吉县人民政府, 西吉县人民政府门户网站. */
const AGENCY_NAME = /^(.{2,24}?(?:人民政府|政府|局|委员会|管委会|办公室|中心))(?:门户网站|官方网站|网站|政务网|政府网)?$/
/** A page title's or breadcrumb's parts. */
const PAGE_PARTS = /\s*(?:_+|\||｜|——|--|\s[-–—]\s|(?<=[\u4E00-\u9FFF])[-–—](?=[\u4E00-\u9FFF])|>|»|›)\s*/

const KIND_PATTERNS: readonly [AgencyKind, RegExp][] = [
  ['approval-bureau', /行政审批服务局|审批服务管理局|审批服务局|行政审批局|审批局/],
  ['service-center', /政务服务中心|政务服务管理局|政务服务管理办公室|市民服务中心/],
]

export function agencyFromTitle(title: string): string | null {
  const name = title.replace(TITLE_YEAR_FIRST, '').replace(TITLE_TAIL, '').replace(/\s+/g, '')
  return name.length >= 2 ? name : null
}

/**
 * The agency a web page names outside the report's title: the last
 * breadcrumb item that is an agency, else the site's name in the page title.
 */
export function agencyFromPage(headLines: readonly string[]): string | null {
  const crumbs = headLines.filter(l => BREADCRUMB.test(l)).flatMap(l => l.split(PAGE_PARTS).slice(1))
  const siteParts = headLines.filter(l => !BREADCRUMB.test(l) && /[_|｜]|\s[-–—]\s|——|[\u4E00-\u9FFF][-–—][\u4E00-\u9FFF]/.test(l)).flatMap(l => l.split(PAGE_PARTS).slice(1))
  for (const part of [...crumbs.reverse(), ...siteParts]) {
    const m = AGENCY_NAME.exec(part.trim())
    if (m)
      return m[1]!
  }
  return null
}

/** `name` without its leading province and prefecture names: 石嘴山市大武口区人民政府 → 大武口区人民政府. */
export function withoutPrefixes(name: string, place: Place | null): string {
  let rest = name
  for (const prefix of [place?.province.name, place?.province.short, place?.prefecture.name]) {
    if (prefix && place?.county && rest.startsWith(prefix))
      rest = rest.slice(prefix.length)
  }
  return rest
}

export function kindOf(agency: string, region: string | null, place: Place | null): AgencyKind {
  for (const [kind, pattern] of KIND_PATTERNS) {
    if (pattern.test(agency))
      return kind
  }
  // Only a county-level unit's own government; a township's or a prefecture's is `other`.
  if (region !== null && place?.county !== null) {
    const core = withoutPrefixes(agency, place)
    if (core.startsWith(region) && GOVERNMENT.test(core.slice(region.length)))
      return 'county-government'
  }
  return 'other'
}

/**
 * A county government's name as the spec gives it (盐池县人民政府), whatever
 * place names the title puts before it (淮安市洪泽区人民政府 → 洪泽区人民政府);
 * other agencies keep their name.
 */
export function canonicalAgency(agency: string, region: string | null, place: Place | null, kind: AgencyKind): string {
  if (kind !== 'county-government' || region === null)
    return agency
  const core = withoutPrefixes(agency, place)
  return core.startsWith(region) && GOVERNMENT_ONLY.test(core.slice(region.length)) ? `${region}人民政府` : agency
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * A place outside the gazetteer, read from the agency's name
 * (安徽省合肥市肥西县数据资源局 → 肥西县, 合肥市, 安徽省); a prefecture the
 * name leaves out is read from the text where it stands before the county
 * (本报告由淮安市洪泽区人民政府办公室… → 淮安市). A city whose report speaks of
 * the counties under it is a prefecture-level city. Unverified: a check says so.
 */
export function guessPlace(agency: string, text: string): Place | null {
  let rest = agency
  const province = PROVINCE_PART.exec(rest)?.[1] ?? null
  if (province)
    rest = rest.slice(province.length)
  const prefectureInName = PREFECTURE_PART.exec(rest)?.[1] ?? null
  const afterPrefecture = prefectureInName ? rest.slice(prefectureInName.length) : rest
  const county = COUNTY_PART.exec(afterPrefecture)?.[1] ?? null
  // No county part after a 市: the 市 itself is the unit (义乌市审批局), county-level unless it has counties.
  const countyName = county ?? (prefectureInName?.endsWith('市') ? prefectureInName : null)
  if (!countyName)
    return null
  const prefectureLevel = county === null && HAS_COUNTIES.test(text)
  const prefecture = county ? prefectureInName ?? new RegExp(`${BEFORE_PLACE}([\\u4E00-\\u9FFF]{2,4}(?:市|自治州|地区|盟))${escape(countyName)}`).exec(text)?.[1] ?? '' : prefectureLevel ? countyName : ''
  return {
    county: prefectureLevel ? null : { name: countyName, code: '', en: '' },
    prefecture: { name: prefecture, code: '', en: '', counties: [] },
    province: { name: province ?? '', short: '', code: '', en: '', prefectures: [] },
  }
}
