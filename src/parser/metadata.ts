/**
 * Pass 3: who published the report, for which year, in which format.
 */

import type { AgencyKind, Check, Format } from '../schema/report'
import type { Line } from './normalize'
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
      return text
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
    checks.push({ id: 'meta.year', severity: 'warning', message: `The title names ${titleYear} but the statistical period is ${periodYear}; using ${periodYear}.` })
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
  const name = title.replace(TITLE_TAIL, '').replace(/\s+/g, '')
  return name.length >= 2 ? name : null
}

function kindOf(agency: string, region: string | null): AgencyKind {
  for (const [kind, pattern] of KIND_PATTERNS) {
    if (pattern.test(agency))
      return kind
  }
  if (region !== null && (agency === region || /人民政府(?:办公室)?$/.test(agency)))
    return 'county-government'
  return 'other'
}

/** Metadata and the checks that say what could not be found. */
export function readMetadata(lines: readonly Line[], text: string): { meta: Metadata, checks: Check[] } {
  const checks: Check[] = []
  const title = findTitle(lines)
  const head = lines.slice(0, 60).map(l => l.norm).join('\n')
  const year = findYear(title, head, checks)
  const format = findFormat(text, year)

  let agency = title ? agencyFromTitle(title) : null
  const place = findPlace(agency ?? '') ?? findPlace(title ?? '') ?? findPlace(head)
  const region = place ? place.county?.name ?? place.prefecture.name : null
  // A title naming only the county (盐池县 2022 年…) is the county government's report.
  if (agency !== null && region !== null && agency === region)
    agency = `${region}人民政府`
  const agencyKind = agency ? kindOf(agency, region) : null

  if (title === null)
    checks.push({ id: 'meta.title', severity: 'warning', message: 'No report title found (a line naming a 政府信息公开工作年度报告).' })
  if (year === null)
    checks.push({ id: 'meta.year', severity: 'warning', message: 'The statistical year could not be determined from the title or the statistical period.' })
  if (region === null)
    checks.push({ id: 'meta.region', severity: 'warning', message: 'No county-level unit of the gazetteer is named in the title or the opening text.' })
  if (format === null)
    checks.push({ id: 'meta.format', severity: 'info', message: 'The format version (2019 or 2021) could not be determined.' })

  return {
    meta: {
      title,
      region,
      prefecture: place?.prefecture.name ?? null,
      province: place?.province.name ?? null,
      agency,
      agencyKind,
      year,
      format,
    },
    checks,
  }
}
