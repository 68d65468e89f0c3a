/**
 * Pass 3: who published the report, for which year, in which format, and
 * when — from wherever the document gives it (spec §2): the title (one line
 * or two, or a web page's <title>: metadata-title.ts), the body (the
 * statistical period 本报告统计数据从…, the opening 2022年，我局…), a web
 * page's breadcrumb and site name (metadata-place.ts), its 发布时间 line or
 * the date under the signature (metadata-published.ts). A field the
 * document does not give is null and a check says so; nothing is guessed
 * from the file name.
 */

import { makeCheck } from '../catalog/checks'
import type { AgencyKind, Check, Format } from '../schema/report'
import type { Line } from './normalize'
import { findPlace } from '../catalog/gazetteer'
import { agencyFromPage, agencyFromTitle, canonicalAgency, guessPlace, kindOf, withoutPrefixes } from './metadata-place'
import { findPublished } from './metadata-published'
import { findTitle } from './metadata-title'
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

/** The statistical period: 统计数据从 2023 年 1 月 1 日至 12 月 31 日. */
const PERIOD = /(\d{4})年1月1日(?:起)?(?:至|到|-|—|～|~)(?:(\d{4})年)?12月31日/
/** The year in a title: 2023年政府信息公开工作年度报告, 2019年度…. */
const TITLE_YEAR = /((?:19|20)\d{2})年度?(?:本[级单]位)?(?:政府|政务)?信息公开/
/** Any plausible year. */
const ANY_YEAR = /(?:19|20)\d{2}(?=年)/
/** Section 一's heading, after which the report opens with its year. */
const OVERVIEW_HEADING = /^\s*一\s*[、.．]\s*总体情况/
/** The opening of section 一: 2022年，我局…, 2023年度，… */
const OPENING_YEAR = /^\s*(?:[(（][一二三四五六七八九十]+[)）][^。，,\d]{0,12}?)?((?:19|20)\d{2})\s*年度?\s*[，,]/
/** How many lines after section 一's heading the opening sentence may start. */
const OPENING_LINES = 4
/** The next section's heading, where section 一's opening has ended. */
const NEXT_SECTION = /^\s*[二三四五六七]\s*[、.．]/
/** The notices that fixed each format. */
const NOTICE_2021 = /国办公开办函[(〔[]?2021[)〕\]]?30号/
const NOTICE_2019 = /国办公开办函[(〔[]?2019[)〕\]]?60号/
/** Column and row wording only one format uses. */
const WORDS_2021 = /本年制发|本年废止|现行有效件|收费金额|社会公益组织/g
const WORDS_2019 = /本年新制作|本年新公开|对外公开总数|上一年项目|社会组织/g

const MIN_YEAR = 2008
const MAX_YEAR = 2100

function plausibleYear(y: number): number | null {
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null
}

/** The year section 一 opens with (2022年，我局…), where the title and the period give none. */
function openingYear(lines: readonly Line[]): { year: number, line: number } | null {
  const heading = lines.findIndex(l => OVERVIEW_HEADING.test(l.norm))
  if (heading < 0)
    return null
  const next = lines.slice(heading + 1).filter(l => l.norm.trim() !== '').slice(0, OPENING_LINES)
  for (const line of next) {
    if (NEXT_SECTION.test(line.norm))
      break
    const year = plausibleYear(Number(OPENING_YEAR.exec(line.norm)?.[1] ?? 0))
    if (year !== null)
      return { year, line: line.n }
  }
  return null
}

function findYear(title: string | null, lines: readonly Line[], head: string, checks: Check[]): number | null {
  const period = PERIOD.exec(squash(head))
  const periodYear = period ? plausibleYear(Number(period[2] ?? period[1])) : null
  const t = title ? squash(title) : ''
  const titleYear = plausibleYear(Number(TITLE_YEAR.exec(t)?.[1] ?? ANY_YEAR.exec(t)?.[0] ?? 0))
  if (periodYear !== null && titleYear !== null && periodYear !== titleYear) {
    checks.push(makeCheck('meta.year/conflict', { titleYear, periodYear }))
  }
  if (periodYear !== null || titleYear !== null)
    return periodYear ?? titleYear
  const opening = openingYear(lines)
  if (opening)
    checks.push(makeCheck('meta.year/opening', { year: opening.year, line: opening.line }, { line: opening.line }))
  return opening?.year ?? null
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

/** Metadata and the checks that say what could not be found, or where a field came from when that is worth knowing. */
export function readMetadata(lines: readonly Line[], text: string): { meta: Metadata, checks: Check[] } {
  const checks: Check[] = []
  const found = findTitle(lines)
  const title = found?.title ?? null
  const headLines = lines.slice(0, 60)
  const head = headLines.map(l => l.norm).join('\n')
  const year = findYear(title, lines, head, checks)
  const format = findFormat(text, year)

  let agency = title ? agencyFromTitle(title) : null
  if (agency === null) {
    agency = agencyFromPage(headLines.slice(0, 12).map(l => l.display.trim()))
    if (agency !== null)
      checks.push(makeCheck('meta.agency/page', { agency }))
  }
  const known = findPlace(agency ?? '') ?? findPlace(title ?? '') ?? findPlace(head)
  const guessed = known ? null : guessPlace(agency ?? '', head)
  const place = known ?? guessed
  const region = place ? place.county?.name ?? place.prefecture.name : null
  // A title naming only the county (盐池县 2022 年…) is the county government's report.
  if (agency !== null && region !== null && withoutPrefixes(agency, place) === region)
    agency = `${region}人民政府`
  else if (agency !== null && region !== null && guessed && agency.endsWith(region))
    agency = `${region}人民政府`
  const agencyKind = agency ? kindOf(agency, region, place) : null
  if (agency !== null && agencyKind !== null)
    agency = canonicalAgency(agency, region, place, agencyKind)
  if (guessed)
    checks.push(makeCheck('meta.region/guessed', { region: region ?? '' }))
  if (place && place.county === null)
    checks.push(makeCheck('meta.region/prefecture', { region: region ?? '' }))

  if (title === null)
    checks.push(makeCheck('meta.title'))
  else if (agency === null)
    checks.push(makeCheck('meta.agency/missing'))
  if (year === null)
    checks.push(makeCheck('meta.year/missing'))
  if (region === null)
    checks.push(makeCheck('meta.region/missing'))
  if (format === null)
    checks.push(makeCheck('meta.format'))
  const { published, checks: publishedChecks } = findPublished(lines)
  checks.push(...publishedChecks)

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
      published,
    },
    checks,
  }
}
