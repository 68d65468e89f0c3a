/**
 * Pass 3: who published the report, for which year, in which format.
 */

import { makeCheck } from '../catalog/checks'
import type { AgencyKind, Check, Format } from '../schema/report'
import type { Line } from './normalize'
import type { Place } from '../catalog/gazetteer'
import { findPlace } from '../catalog/gazetteer'
import { squash } from './normalize'

export interface Metadata {
  title: string | null
  region: string | null
  prefecture: string | null
  province: string | null
  agency: string | null
  agencyKind: AgencyKind | null
  year: number | null
  format: Format | null
  /** ISO date of publication, where the document states one. */
  published: string | null
}

/** A report title: …年度报告 / …年报. */
const TITLE_WORDS = /年度报告|年报|工作报告/
/** A title longer than this is a sentence that merely mentions a report. */
const MAX_TITLE_LENGTH = 60
/** The report cited by name in the preamble: 《盐池县审批服务管理局 2023 年政府信息公开工作年度报告》. */
const CITED_TITLE = /《([^《》]{4,60}?(?:年度报告|年报))》/
/** The statistical period: 统计数据从 2023 年 1 月 1 日至 12 月 31 日. */
const PERIOD = /(\d{4})年1月1日(?:起)?(?:至|到|-|—|～|~)(?:(\d{4})年)?12月31日/
/** The year in a title: 2023年政府信息公开工作年度报告, 2019年度…. */
const TITLE_YEAR = /((?:19|20)\d{2})年度?(?:本[级单]位)?(?:政府|政务)?信息公开/
/** Any plausible year. */
const ANY_YEAR = /(?:19|20)\d{2}(?=年)/
/** The notices that fixed each format. */
const NOTICE_2021 = /国办公开办函[(〔[]?2021[)〕\]]?30号/
const NOTICE_2019 = /国办公开办函[(〔[]?2019[)〕\]]?60号/
/** Column and row wording only one format uses. */
const WORDS_2021 = /本年制发|本年废止|现行有效件|收费金额|社会公益组织/g
const WORDS_2019 = /本年新制作|本年新公开|对外公开总数|上一年项目|社会组织/g
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

const KIND_PATTERNS: readonly [AgencyKind, RegExp][] = [
  ['approval-bureau', /行政审批服务局|审批服务管理局|审批服务局|行政审批局|审批局/],
  ['service-center', /政务服务中心|政务服务管理局|政务服务管理办公室|市民服务中心/],
]

const MIN_YEAR = 2008
const MAX_YEAR = 2100

function plausibleYear(y: number): number | null {
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null
}

function findTitle(lines: readonly Line[]): string | null {
  let seen = 0
  for (const line of lines) {
    const text = line.display.trim()
    if (text === '')
      continue
    if (++seen > 12)
      break
    if (TITLE_WORDS.test(text) && text.length <= MAX_TITLE_LENGTH && !text.includes('\t'))
      return CITED_TITLE.exec(text)?.[1]?.trim() ?? text
  }
  const head = lines.slice(0, 40).map(l => l.display).join('')
  return CITED_TITLE.exec(head)?.[1]?.trim() ?? null
}

function findYear(title: string | null, head: string, checks: Check[]): number | null {
  const period = PERIOD.exec(squash(head))
  const periodYear = period ? plausibleYear(Number(period[2] ?? period[1])) : null
  const t = title ? squash(title) : ''
  const titleYear = plausibleYear(Number(TITLE_YEAR.exec(t)?.[1] ?? ANY_YEAR.exec(t)?.[0] ?? 0))
  if (periodYear !== null && titleYear !== null && periodYear !== titleYear) {
    checks.push(makeCheck('meta.year/conflict', { titleYear, periodYear }))
  }
  return periodYear ?? titleYear
}

function findFormat(text: string, year: number | null): Format | null {
  const s = squash(text)
  const score2021 = (NOTICE_2021.test(s) ? 3 : 0) + (s.match(WORDS_2021)?.length ?? 0)
  const score2019 = (NOTICE_2019.test(s) ? 3 : 0) + (s.match(WORDS_2019)?.length ?? 0)
  if (score2021 > score2019)
    return '2021'
  if (score2019 > score2021)
    return '2019'
  if (year === null)
    return null
  if (year >= 2021)
    return '2021'
  return year >= 2019 ? '2019' : null
}

function agencyFromTitle(title: string): string | null {
  const name = title.replace(TITLE_YEAR_FIRST, '').replace(TITLE_TAIL, '').replace(/\s+/g, '')
  return name.length >= 2 ? name : null
}

/** `name` without its leading province and prefecture names: 石嘴山市大武口区人民政府 → 大武口区人民政府. */
function withoutPrefixes(name: string, place: Place | null): string {
  let rest = name
  for (const prefix of [place?.province.name, place?.province.short, place?.prefecture.name]) {
    if (prefix && place?.county && rest.startsWith(prefix))
      rest = rest.slice(prefix.length)
  }
  return rest
}

function kindOf(agency: string, region: string | null, place: Place | null): AgencyKind {
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
 * A place outside the gazetteer, read from the agency's name
 * (安徽省合肥市肥西县数据资源局 → 肥西县, 合肥市, 安徽省). Unverified: a check says so.
 */
function guessPlace(agency: string): Place | null {
  let rest = agency
  const province = PROVINCE_PART.exec(rest)?.[1] ?? null
  if (province)
    rest = rest.slice(province.length)
  const prefecture = PREFECTURE_PART.exec(rest)?.[1] ?? null
  const afterPrefecture = prefecture ? rest.slice(prefecture.length) : rest
  const county = COUNTY_PART.exec(afterPrefecture)?.[1] ?? null
  // No county part after a 市: the 市 itself is the county-level city (义乌市审批局).
  const countyName = county ?? (prefecture?.endsWith('市') ? prefecture : null)
  if (!countyName)
    return null
  return {
    county: { name: countyName, code: '', en: '' },
    prefecture: { name: county ? prefecture ?? '' : '', code: '', en: '', counties: [] },
    province: { name: province ?? '', short: '', code: '', en: '', prefectures: [] },
  }
}

/** Metadata and the checks that say what could not be found. */
export function readMetadata(lines: readonly Line[], text: string): { meta: Metadata, checks: Check[] } {
  const checks: Check[] = []
  const title = findTitle(lines)
  const head = lines.slice(0, 60).map(l => l.norm).join('\n')
  const year = findYear(title, head, checks)
  const format = findFormat(text, year)

  let agency = title ? agencyFromTitle(title) : null
  const known = findPlace(agency ?? '') ?? findPlace(title ?? '') ?? findPlace(head)
  const guessed = known ? null : guessPlace(agency ?? '')
  const place = known ?? guessed
  const region = place ? place.county?.name ?? place.prefecture.name : null
  // A title naming only the county (盐池县 2022 年…) is the county government's report.
  if (agency !== null && region !== null && withoutPrefixes(agency, place) === region)
    agency = `${region}人民政府`
  else if (agency !== null && region !== null && guessed && agency.endsWith(region))
    agency = `${region}人民政府`
  const agencyKind = agency ? kindOf(agency, region, place) : null
  if (guessed)
    checks.push(makeCheck('meta.region/guessed', { region: region ?? '' }))
  else if (place && place.county === null)
    checks.push(makeCheck('meta.region/prefecture', { region: region ?? '' }))

  if (title === null)
    checks.push(makeCheck('meta.title'))
  if (year === null)
    checks.push(makeCheck('meta.year/missing'))
  if (region === null)
    checks.push(makeCheck('meta.region/missing'))
  if (format === null)
    checks.push(makeCheck('meta.format'))

  return {
    meta: {
      title,
      region,
      prefecture: place?.prefecture.name || null,
      province: place?.province.name || null,
      agency,
      agencyKind,
      year,
      format,
      published: null,
    },
    checks,
  }
}
