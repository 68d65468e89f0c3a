/**
 * Metadata from wherever the document gives it (spec §2): titles on two
 * lines, a web page's title, breadcrumb and 发布时间 line, the body, the
 * signature date. A field the document does not give is null, and a check
 * says so.
 */
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../src/parser/index'
import { findDate } from '../../src/parser/dates'

const BODY = '一、总体情况\n\n2023年，我局坚持公开为常态。\n\n六、其他需要报告的事项\n\n无。'
const ids = (r: ReturnType<typeof parseReport>) => r.checks.map(c => (c.variant ? `${c.id}/${c.variant}` : c.id))

describe('titles', () => {
  it.each([
    ['洪泽区人民政府\n2023 年政府信息公开工作年度报告', '洪泽区人民政府 2023 年政府信息公开工作年度报告', '洪泽区人民政府', 'county-government'],
    ['淮安市洪泽区人民政府\n2024年政府信息公开工作年度报告', '淮安市洪泽区人民政府 2024年政府信息公开工作年度报告', '洪泽区人民政府', 'county-government'],
    ['西吉县审批服务管理局\n\n2023年度政府信息公开工作年度报告', '西吉县审批服务管理局 2023年度政府信息公开工作年度报告', '西吉县审批服务管理局', 'approval-bureau'],
    ['彭阳县政务服务中心2023年政府信息公开\n工作年度报告', null, null, null],
  ])('a title on two lines: %j', (head, title, agency, kind) => {
    const r = parseReport(`${head}\n\n${BODY}`)
    if (title === null) {
      // The first line holds the agency and year: it is the title's start, not a short name above it.
      expect(r.title).not.toBe('工作年度报告')
      return
    }
    expect([r.title, r.agency, r.agencyKind]).toEqual([title, agency, kind])
  })

  it('a line above the title that is a sentence or an attachment label is not joined', () => {
    expect(parseReport(`附件2\n2023年隆德县政府信息公开工作年度报告\n\n${BODY}`).title).toBe('2023年隆德县政府信息公开工作年度报告')
    expect(parseReport(`现将有关情况报告如下：\n2023年政府信息公开工作年度报告\n\n${BODY}`).agency).toBeNull()
  })

  it('a web page\'s <title> loses the column and site names; the breadcrumb is not a title', () => {
    const r = parseReport(`隆德县行政审批服务局2022年政府信息公开工作年度报告_政府信息公开年报_隆德县人民政府\n当前位置：首页 > 政府信息公开 > 政府信息公开年报\n\n${BODY}`)
    expect([r.title, r.agency, r.region]).toEqual(['隆德县行政审批服务局2022年政府信息公开工作年度报告', '隆德县行政审批服务局', '隆德县'])
  })

  it('a page whose title names no agency: the agency from the breadcrumb or the site name, with a check', () => {
    const fromSite = parseReport(`2023年政府信息公开工作年度报告 - 西吉县人民政府门户网站\n\n${BODY}`)
    expect([fromSite.agency, fromSite.region, fromSite.agencyKind]).toEqual(['西吉县人民政府', '西吉县', 'county-government'])
    expect(ids(fromSite)).toContain('meta.agency/page')
    const fromCrumb = parseReport(`2023年政府信息公开工作年度报告_西吉县人民政府\n当前位置：首页 > 部门信息公开 > 西吉县自然资源局 > 年度报告\n\n${BODY}`)
    expect(fromCrumb.agency).toBe('西吉县自然资源局')
  })

  it('no agency anywhere: null and a check', () => {
    const r = parseReport(`2023年政府信息公开工作年度报告\n\n${BODY}`)
    expect([r.agency, r.region]).toEqual([null, null])
    expect(ids(r)).toEqual(expect.arrayContaining(['meta.agency/missing', 'meta.region/missing']))
  })
})

describe('places outside the gazetteer', () => {
  it('the prefecture the title leaves out is read where the text puts it before the county', () => {
    const r = parseReport(`洪泽区人民政府\n2023 年政府信息公开工作年度报告\n\n本报告由淮安市洪泽区人民政府办公室编制。\n\n${BODY}`)
    expect([r.region, r.prefecture, r.province]).toEqual(['洪泽区', '淮安市', null])
    expect(ids(r)).toContain('meta.region/guessed')
  })

  it('a city that speaks of the counties under it is a prefecture-level city: its own region and prefecture, kind other', () => {
    const r = parseReport(`淮安市人民政府\n2024 年政府信息公开工作年度报告\n\n${BODY}\n出具各县区、各部门政务公开评估分报告。`)
    expect([r.region, r.prefecture, r.agency, r.agencyKind]).toEqual(['淮安市', '淮安市', '淮安市人民政府', 'other'])
    expect(ids(r)).toContain('meta.region/prefecture')
  })

  it('a county-level city without counties under it stays county-level', () => {
    const r = parseReport(`义乌市人民政府\n2024 年政府信息公开工作年度报告\n\n${BODY}`)
    expect([r.region, r.prefecture, r.agencyKind]).toEqual(['义乌市', null, 'county-government'])
  })
})

describe('the statistical year from the body', () => {
  it.each([
    ['本报告统计数据从2022年1月1日至12月31日。', 2022],
    ['本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。', 2023],
    ['报告所列统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日。', 2024],
  ])('the statistical period: %s', (sentence, year) => {
    expect(parseReport(`某县人民政府政府信息公开工作年度报告\n\n${sentence}\n\n${BODY}`).year).toBe(year)
  })

  it('the opening of section 一 (2022年，我局…) when the title and the period give none, with an info check', () => {
    const r = parseReport('隆德县人民政府政府信息公开工作年度报告\n\n一、总体情况\n\n2022年，我县坚持公开为常态。\n\n五、存在的主要问题及改进情况\n\n2023年，我县将继续推进。')
    expect(r.year).toBe(2022)
    expect(r.checks.find(c => c.variant === 'opening')).toMatchObject({ id: 'meta.year', severity: 'info', line: 5 })
  })

  it('a year elsewhere in the body (plans for next year) is not the statistical year', () => {
    expect(parseReport('隆德县人民政府政府信息公开工作年度报告\n\n一、总体情况\n\n全县坚持公开为常态。\n\n五、存在的主要问题及改进情况\n\n2023年，我县将继续推进。').year).toBeNull()
  })
})

describe('the publication date', () => {
  const report = (head: string, tail = '') => parseReport(`${head}\n某县2023年政府信息公开工作年度报告\n\n${BODY}\n${tail}`)

  it.each([
    ['发布时间：2024-01-22 09:30  来源：县政府办', '2024-01-22'],
    ['发布日期：2024年1月22日', '2024-01-22'],
    ['发布日期\t2024/1/22', '2024-01-22'],
    ['来源：县政府办  时间：2024.01.22', '2024-01-22'],
    ['发布机构：县政府办  成文日期：2024-01-20  发布日期：2024-01-22', '2024-01-22'],
    ['发文日期：２０２４年１月２２日', '2024-01-22'],
  ])('from a page\'s metadata line: %s', (line, iso) => {
    expect(report(line).published).toBe(iso)
  })

  it.each([
    ['更新时间：2024-03-01'],
    ['统计日期：2024-01-05'],
    ['办理时间：2个工作日'],
    ['发布时间：2024-02-30'],
  ])('not a publication date: %s', (line) => {
    expect(report(line).published).toBeNull()
  })

  it.each([
    ['洪泽区人民政府办公室\n2024年1月22日', '2024-01-22'],
    ['洪泽区人民政府办公室 2024 年 1 月 22 日', '2024-01-22'],
    ['彭阳县政务服务中心\n二〇二四年一月二十六日', '2024-01-26'],
    ['二○二四年十二月三十一日', '2024-12-31'],
    ['隆德县人民政府\n2024年1月22日\n（此件公开发布）', '2024-01-22'],
  ])('from the date under the signature: %j', (tail, iso) => {
    expect(report('', tail).published).toBe(iso)
  })

  it('a signature dated only by month gives no date, and a check names the month', () => {
    const r = report('', '某县人民政府办公室\n2024年1月')
    expect(r.published).toBeNull()
    expect(r.checks.find(c => c.id === 'meta.published')).toMatchObject({ variant: 'month', severity: 'info', params: { month: '2024年1月' } })
  })

  it('a date in a sentence is not a signature', () => {
    expect(report('', '2024年1月22日，县政府召开常务会议审议本报告。').published).toBeNull()
    expect(report('', '统计截至2023年12月31日。').published).toBeNull()
  })

  it('the page\'s date wins over the signature\'s, and a check says they differ', () => {
    const r = report('发布时间：2024-01-25', '某县人民政府办公室\n2024年1月22日')
    expect(r.published).toBe('2024-01-25')
    expect(r.checks.find(c => c.id === 'meta.published')).toMatchObject({ variant: 'conflict', params: { page: '2024-01-25', signature: '2024-01-22' } })
  })

  it('none at all: null and an info check; never the file name', () => {
    const r = parseReport(`某县2023年政府信息公开工作年度报告\n\n${BODY}`, { file: '2024-01-22-report.txt' })
    expect(r.published).toBeNull()
    expect(r.checks.find(c => c.id === 'meta.published')).toMatchObject({ variant: 'missing', severity: 'info' })
  })
})

describe('dates', () => {
  it.each([
    ['二〇二四年一月二十二日', { year: 2024, month: 1, day: 22 }],
    ['二〇二三年十月十日', { year: 2023, month: 10, day: 10 }],
    ['二〇二三年十二月三十一日', { year: 2023, month: 12, day: 31 }],
    ['二〇二四年二月', { year: 2024, month: 2, day: null }],
    ['2024-01-22 15:34', { year: 2024, month: 1, day: 22 }],
    ['二〇二四年二月三十日', null],
    ['2023年2月29日', null],
    ['二〇二四年十三月一日', null],
  ])('%s', (text, parts) => {
    expect(findDate(text)).toEqual(parts)
  })
})
