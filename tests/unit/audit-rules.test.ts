import { describe, expect, it } from 'vitest'
import { agencyKey, groupByAgency } from '../../src/audit/agency'
import { runAudit } from '../../src/audit/index'
import { checkApplicationCarryOver, checkStocks } from '../../src/audit/rules/continuity'
import { checkCoverageGaps } from '../../src/audit/rules/coverage'
import { checkTimeliness, deadlineFor, deadlineKind } from '../../src/audit/rules/timeliness'
import { checkTrends } from '../../src/audit/rules/trend'
import { renderCheck } from '../../src/catalog/checks'
import { auditReport } from './audit-fixtures'

describe('the same agency', () => {
  it('is the normalised name in the same region: place prefixes, spaces and a government\'s office do not matter', () => {
    const a = agencyKey({ agency: '淮安市洪泽区人民政府', region: '洪泽区', prefecture: '淮安市', province: '江苏省' })
    expect(agencyKey({ agency: '洪泽区 人民政府', region: '洪泽区', prefecture: '淮安市', province: '江苏省' })).toBe(a)
    expect(agencyKey({ agency: '洪泽区人民政府办公室', region: '洪泽区', prefecture: '淮安市', province: '江苏省' })).toBe(a)
    expect(agencyKey({ agency: '洪泽区审批局', region: '洪泽区', prefecture: '淮安市', province: '江苏省' })).not.toBe(a)
    expect(agencyKey({ agency: '盐池县人民政府', region: '盐池县', prefecture: null, province: null }))
      .not.toBe(agencyKey({ agency: '盐池县人民政府', region: '同心县', prefecture: null, province: null }))
  })

  it('leaves out reports that do not say who or when', () => {
    const groups = groupByAgency([auditReport('a', { agency: null }), auditReport('b', { year: null }), auditReport('c')])
    expect([...groups.values()].flatMap(s => [...s.values()].flat()).map(r => r.id)).toEqual(['c'])
  })
})

describe('continuity.applications', () => {
  const y2022 = auditReport('r2022', { year: 2022, values: { 'applications.carried_out': 3 } })

  it('flags 上年结转 that is not last year\'s 结转下年度, last year\'s report first', () => {
    const r = checkApplicationCarryOver(y2022, auditReport('r2023', { values: { 'applications.carried_in': 0 } }))
    expect(r).toMatchObject({ id: 'continuity.applications', severity: 'error', reports: ['r2022', 'r2023'], values: [3, 0], indicator: 'applications.carried_in' })
    expect(renderCheck(r!, 'zh')).toContain('上年结转政府信息公开申请数量”为 0 件，而 2022 年报告“四、结转下年度继续办理”为 3 件')
  })

  it('is silent when the numbers carry over, or when either is not stated (absent is not 0)', () => {
    expect(checkApplicationCarryOver(y2022, auditReport('r2023', { values: { 'applications.carried_in': 3 } }))).toBeNull()
    expect(checkApplicationCarryOver(y2022, auditReport('r2023'))).toBeNull()
  })
})

describe('continuity.regulations / continuity.normative_docs', () => {
  const prev = auditReport('p', { year: 2022, values: { 'normative_docs.in_force': 10, 'regulations.in_force': 0 } })
  const stock = (inForce: number) => ({ 'normative_docs.issued': 2, 'normative_docs.abolished': 1, 'normative_docs.in_force': inForce, 'regulations.issued': 0, 'regulations.abolished': 0, 'regulations.in_force': 0 })

  it('flags 现行有效 ≠ last year\'s + 制发 − 废止', () => {
    const [r, ...rest] = checkStocks(prev, auditReport('c', { values: stock(12) }))
    expect(rest).toEqual([])
    expect(r).toMatchObject({ id: 'continuity.normative_docs', severity: 'warning', reports: ['p', 'c'], values: [10, 2, 1, 12] })
    expect(r!.message).toContain('10 in force in 2022 + 2 issued − 1 abolished = 11')
  })

  it('is silent when the stock adds up, and across the 2019 format', () => {
    expect(checkStocks(prev, auditReport('c', { values: stock(11) }))).toEqual([])
    expect(checkStocks({ ...prev, format: '2019' }, auditReport('c', { values: stock(12) }))).toEqual([])
  })
})

describe('coverage.gap', () => {
  it('flags each missing year between two reports of the agency', () => {
    const groups = groupByAgency([auditReport('a', { year: 2020 }), auditReport('b', { year: 2023 })])
    const results = checkCoverageGaps([...groups.values()][0]!)
    expect(results.map(r => [r.id, r.params!.year, r.reports])).toEqual([['coverage.gap', 2021, ['a', 'b']], ['coverage.gap', 2022, ['a', 'b']]])
  })

  it('is silent for consecutive years', () => {
    const groups = groupByAgency([auditReport('a', { year: 2022 }), auditReport('b', { year: 2023 })])
    expect(checkCoverageGaps([...groups.values()][0]!)).toEqual([])
  })
})

describe('timeliness.late', () => {
  it('gives departments until 31 January and a government\'s own report until 31 March', () => {
    expect(deadlineFor(2023, deadlineKind({ agencyKind: 'approval-bureau', agency: 'x' }))).toBe('2024-01-31')
    expect(deadlineFor(2023, deadlineKind({ agencyKind: 'county-government', agency: 'x' }))).toBe('2024-03-31')
    expect(deadlineKind({ agencyKind: 'other', agency: '淮安市人民政府' })).toBe('government')
    expect(deadlineKind({ agencyKind: 'other', agency: '某县教育局' })).toBe('department')
    expect(deadlineKind({ agencyKind: null, agency: null })).toBe('government')
  })

  it('flags a department\'s report published on 1 February, with the days late', () => {
    const r = checkTimeliness(auditReport('a', { published: '2024-02-01' }))
    expect(r).toMatchObject({ id: 'timeliness.late', variant: 'department', severity: 'warning', reports: ['a'], values: [1] })
    expect(renderCheck(r!, 'zh')).toContain('晚于部门年报的法定期限 2024-01-31')
  })

  it('is silent on the deadline, for a government by 31 March, and without a date', () => {
    expect(checkTimeliness(auditReport('a', { published: '2024-01-31' }))).toBeNull()
    expect(checkTimeliness(auditReport('a', { agencyKind: 'county-government', agency: '盐池县人民政府', published: '2024-03-31' }))).toBeNull()
    expect(checkTimeliness(auditReport('a', { published: null }))).toBeNull()
  })
})

/** Ten agencies' licensing decisions in 2022 and 2023, growing 5–15 % a year. */
function peers(extra: Record<string, number> = {}) {
  const reports = []
  for (let i = 0; i < 10; i++) {
    const agency = `第${i}县审批服务管理局`
    const region = `第${i}县`
    const base = 1000 + 100 * i
    reports.push(auditReport(`p${i}-2022`, { agency, region, year: 2022, values: { 'licensing.decisions': base } }))
    reports.push(auditReport(`p${i}-2023`, { agency, region, year: 2023, values: { 'licensing.decisions': Math.round(base * (1.05 + i / 100)) } }))
  }
  reports.push(auditReport('x-2022', { year: 2022, values: { 'licensing.decisions': 5147 } }))
  reports.push(auditReport('x-2023', { year: 2023, values: { 'licensing.decisions': 5200, ...extra } }))
  return groupByAgency(reports)
}

describe('trend.jump', () => {
  it('flags a move far outside other agencies\' moves that year, stating the rule and the figures', () => {
    const results = checkTrends(peers({ 'licensing.decisions': 51470 }))
    expect(results).toHaveLength(1)
    expect(results[0]).toMatchObject({ id: 'trend.jump', variant: 'count_peers', severity: 'info', reports: ['x-2022', 'x-2023'], indicator: 'licensing.decisions', values: [5147, 51470] })
    expect(results[0]!.message).toMatch(/from 5147 in 2022 to 51470 in 2023 \(×10\), outside ×0\.\d+ to ×2\.\d+, the usual range of 10 other agencies' moves/)
    expect(renderCheck(results[0]!, 'zh')).toMatch(/^盐池县审批服务管理局：行政许可 本年处理决定数量 从 2022 年的 5147 变为 2023 年的 51470/)
  })

  it('is silent for ordinary moves, and for big ratios on small counts', () => {
    expect(checkTrends(peers())).toEqual([])
    const small = peers()
    const series = small.get(agencyKey(auditReport('x'))!)!
    series.get(2022)![0] = auditReport('x-2022', { year: 2022, values: { 'applications.new': 0 } })
    series.get(2023)![0] = auditReport('x-2023', { year: 2023, values: { 'applications.new': 6 } })
    expect(checkTrends(small)).toEqual([])
  })

  it('without enough peers, judges the move against the agency\'s own past moves', () => {
    const own = [100, 110, 120, 130, 140].map((v, i) => auditReport(`h${i}`, { year: 2019 + i, values: { 'hotline.received': v } }))
    expect(checkTrends(groupByAgency(own))).toEqual([])
    own.push(auditReport('h5', { year: 2024, values: { 'hotline.received': 1400 } }))
    expect(checkTrends(groupByAgency(own)).map(r => [r.variant, r.reports])).toEqual([['count_history', ['h4', 'h5']]])
  })

  it('measures rates in points', () => {
    const reports = [80, 90, 95, 97].flatMap((v, i) => [auditReport(`r${i}a`, { year: 2020 + i, values: { 'hotline.satisfaction_rate': v } })])
    reports.push(auditReport('r4a', { year: 2024, values: { 'hotline.satisfaction_rate': 40 } }))
    const [r] = checkTrends(groupByAgency(reports))
    expect(r).toMatchObject({ variant: 'rate_history', values: [97, 40] })
    expect(r!.message).toContain('(-57 points)')
  })
})

describe('runAudit', () => {
  it('lists results by rule, each with its reports in reading order', () => {
    const results = runAudit([
      auditReport('a', { year: 2021, values: { 'applications.carried_out': 1 }, published: '2022-02-10' }),
      auditReport('b', { year: 2023, values: { 'applications.carried_in': 0 } }),
      auditReport('c', { year: 2022, values: { 'applications.carried_in': 0, 'applications.carried_out': 0 } }),
    ])
    expect(results.map(r => [r.id, r.reports])).toEqual([
      ['continuity.applications', ['a', 'c']],
      ['timeliness.late', ['a']],
    ])
  })
})
