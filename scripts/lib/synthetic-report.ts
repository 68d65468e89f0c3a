import type { SourcedReport } from '../../src/schema/snapshot'
import type { SyntheticCounty } from './synthetic-places'
import type { SyntheticKind } from './synthetic-profile'
import type { Random } from './synthetic-random'
import { ReportDraft } from './synthetic-draft'
import { phrasingOf, proseLines, writeProse } from './synthetic-prose'
import { publicationDate } from './synthetic-published'
import { writeSection1 } from './synthetic-narrative'
import { FIRST_YEAR, formatOf, PROFILES, SYNTHETIC_KINDS } from './synthetic-profile'
import { chance } from './synthetic-random'
import { writeSection2, writeSection3, writeSection4 } from './synthetic-tables'

/** Marks every synthetic report's title, so it is never mistaken for a real one. */
export const SYNTHETIC_MARK = '（合成数据）'

/** Share of reports stating 行政许可 0 beside a busy service hall (value.suspicious_zero). */
const ZERO_LICENSING = 0.02

const AGENCY: Record<SyntheticKind, { suffix: string, short: string }> = {
  'county-government': { suffix: '人民政府', short: 'gov' },
  'approval-bureau': { suffix: '行政审批服务局', short: 'approval' },
  'service-center': { suffix: '政务服务中心', short: 'center' },
}

/** Stable, readable and obviously synthetic: `synthetic-0042-2023-gov`. */
export function syntheticReportId(county: number, year: number, kind: SyntheticKind): string {
  return `synthetic-${String(county).padStart(4, '0')}-${year}-${AGENCY[kind].short}`
}

/**
 * One synthetic annual report with text, observations pointing into it,
 * tables and checks. `level` is the agency's own workload relative to its
 * county's size, the same every year. `seed` keys the streams of the free
 * text (which copies what, synthetic-prose.ts) and of the publication date.
 */
export function syntheticReport(rand: Random, county: SyntheticCounty, year: number, kind: SyntheticKind, level = 1, seed = 1): SourcedReport {
  const format = formatOf(year)
  const agency = `${county.name}${AGENCY[kind].suffix}`
  const who = { county, kind: SYNTHETIC_KINDS.indexOf(kind), name: agency }
  const scaleOf = (y: number) => county.size * level * county.growth ** (y - FIRST_YEAR)
  const ctx = {
    county,
    year,
    kind,
    format,
    profile: PROFILES[kind],
    scale: scaleOf(year),
    zeroLicensing: chance(rand, ZERO_LICENSING),
    intro: proseLines(seed, who, year, '一'),
    phrasing: phrasingOf(seed, who, year),
    carry: { seed, county: county.index, kind: who.kind },
    scaleOf,
  }
  const title = `${agency} ${year}年政府信息公开工作年度报告${SYNTHETIC_MARK}`
  const d = new ReportDraft()
  d.line(title)
  d.line('本报告为合成数据，由 npm run gen:synthetic 生成，仅供测试和演示，不代表任何真实机关的报告。')
  writeSection1(d, rand, ctx)
  writeSection2(d, rand, ctx)
  writeSection3(d, rand, ctx)
  writeSection4(d, rand, ctx)
  d.line('五、存在的主要问题及改进情况')
  writeProse(d, seed, who, year, '五')
  d.line('六、其他需要报告的事项')
  writeProse(d, seed, who, year, '六')
  const published = publicationDate(seed, who, year, kind)
  d.line(agency)
  d.line(`${Number(published.slice(0, 4))}年${Number(published.slice(5, 7))}月${Number(published.slice(8, 10))}日`)
  return {
    id: syntheticReportId(county.index, year, kind),
    title,
    region: county.name,
    prefecture: county.prefecture,
    province: county.province,
    agency,
    agencyKind: kind,
    year,
    format,
    published,
    sourceFormat: 'text',
    observations: d.observations,
    checks: d.checks,
    tables: d.tables,
    file: null,
    text: d.lines.join('\n'),
  }
}
