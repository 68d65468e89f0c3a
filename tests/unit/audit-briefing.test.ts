import type { BriefingReport } from '../../src/audit/briefing'
import { describe, expect, it } from 'vitest'
import { buildBriefing, buildBriefingFacts } from '../../src/audit/briefing'
import { runAudit } from '../../src/audit/index'
import { auditResult } from '../../src/audit/result'
import { makeCheck } from '../../src/catalog/checks'
import { COUNTY_PLACES } from '../../src/catalog/gazetteer'
import { hongze, seedReports } from './briefing-fixtures'

const NO_SCOPE = { prefectures: [], counties: [], kinds: [] }

/** The seeds, 洪泽区 2023 (published on time) and 2024 (published 15 days after 31 March). */
function reports(): BriefingReport[] {
  return [...seedReports(), hongze(2023, '2024-03-20'), hongze(2024, '2025-04-15')]
}

describe('briefing: coverage', () => {
  it('lists every gazetteer county of the scope, those without any report too, then regions only the data names', () => {
    const b = buildBriefing({ year: 2023, scope: NO_SCOPE, reports: reports(), results: [], indicator: 'licensing.decisions' })
    const listed = b.coverage.counties.map(c => c.region)
    expect(listed.slice(0, COUNTY_PLACES.length)).toEqual(COUNTY_PLACES.map(p => p.county.name))
    expect(listed).toContain('洪泽区')
    expect(b.coverage.counties.find(c => c.region === '洪泽区')!.inGazetteer).toBe(false)
    // 2023: 盐池县 (bureau), 沙坡头区 (centre) and 洪泽区 reported; 兴庆区 has no report at all.
    expect(b.coverage.counties.filter(c => c.reports.length > 0).map(c => c.region)).toEqual(['盐池县', '沙坡头区', '洪泽区'])
    expect(b.coverage.counties.find(c => c.region === '兴庆区')!.reports).toEqual([])
    expect(b.coverage.totals).toMatchObject({ counties: COUNTY_PLACES.length + 1, reported: 3, missing: COUNTY_PLACES.length - 2, reports: 3 })
  })

  it('keeps to the prefectures and agency kinds of the scope', () => {
    const b = buildBriefing({ year: 2022, scope: { prefectures: ['吴忠市'], counties: [], kinds: ['approval-bureau'] }, reports: reports(), results: [], indicator: 'licensing.decisions' })
    expect(b.coverage.counties.map(c => c.region)).toEqual(['利通区', '红寺堡区', '盐池县', '同心县', '青铜峡市'])
    // 盐池县's 2022 report is the county government's: not an approval bureau's, so 盐池县 did not report.
    expect(b.coverage.totals.reported).toBe(0)
    expect(b.coverage.kinds).toEqual(['approval-bureau'])
  })

  it('judges on time and late by the deadline of 条例第四十九条, and leaves a report without a date unjudged', () => {
    const b2024 = buildBriefing({ year: 2024, scope: NO_SCOPE, reports: reports(), results: [], indicator: 'licensing.decisions' })
    const late = b2024.coverage.counties.find(c => c.region === '洪泽区')!.reports[0]!
    expect(late).toMatchObject({ reportId: 'hongze-2024', status: 'late', daysLate: 15, deadline: '2025-03-31', deadlineKind: 'government' })
    const b2023 = buildBriefing({ year: 2023, scope: NO_SCOPE, reports: reports(), results: [], indicator: 'licensing.decisions' })
    expect(b2023.coverage.counties.find(c => c.region === '洪泽区')!.reports[0]).toMatchObject({ status: 'on-time', daysLate: null })
    // The seeds state no publication date: not judged, never called late or on time.
    expect(b2023.coverage.counties.find(c => c.region === '盐池县')!.reports[0]).toMatchObject({ status: 'unknown', deadline: '2024-01-31', deadlineKind: 'department' })
    expect(b2023.coverage.totals).toMatchObject({ onTime: 1, late: 0, unknown: 2 })
  })
})

describe('briefing: rankings and 同比', () => {
  it('ranks the year\'s values naming the agency and year behind each, with 同比 against the same agency\'s previous report', () => {
    const b = buildBriefing({ year: 2024, scope: NO_SCOPE, reports: reports(), results: [], indicator: 'licensing.decisions' })
    const licensing = b.rankings.find(r => r.indicator === 'licensing.decisions')!
    expect(licensing.rows).toHaveLength(1)
    const row = licensing.rows[0]!
    expect(row).toMatchObject({ rank: 1, region: '洪泽区' })
    expect(row.current).toEqual({ value: 9487, reportId: 'hongze-2024', agency: '洪泽区人民政府', year: 2024 })
    // The agency of 2024 met again in 2023 (the audit's agencyKey).
    expect(row.previous).toEqual({ value: 550, reportId: 'hongze-2023', agency: '洪泽区人民政府', year: 2023 })
    expect(row.change).toBeCloseTo((9487 - 550) / 550 * 100, 6)
    // Every Ningxia county states nothing for 2024: listed as absent, not ranked at 0.
    expect(licensing.absent).toContain('盐池县')
    expect(licensing.absent).not.toContain('洪泽区')
  })

  it('ranks largest first with shared ranks for equal values, and has no 同比 without last year', () => {
    const b = buildBriefing({ year: 2023, scope: NO_SCOPE, reports: reports(), results: [], indicator: 'licensing.decisions' })
    const licensing = b.rankings.find(r => r.indicator === 'licensing.decisions')!
    expect(licensing.rows.map(r => [r.rank, r.region, r.current.value])).toEqual([[1, '盐池县', 5147], [2, '洪泽区', 550], [3, '沙坡头区', 0]])
    expect(licensing.rows.every(r => r.change === null)).toBe(true)
    // Rates change by percentage points.
    const twin = { ...hongze(2024, null), id: 'twin', region: '盐池县', prefecture: '吴忠市', agency: '盐池县审批服务管理局', agencyKind: 'approval-bureau' as const, values: new Map([['hotline.completion_rate', 98.5]]) }
    const last = { ...twin, id: 'twin-2023', year: 2023, values: new Map([['hotline.completion_rate', 96]]) }
    const rates = buildBriefing({ year: 2024, scope: NO_SCOPE, reports: [twin, last], results: [], indicator: 'hotline.completion_rate' })
    expect(rates.rankings.find(r => r.indicator === 'hotline.completion_rate')!.rows[0]!.change).toBeCloseTo(2.5, 6)
  })

  it('compares the chosen indicator over the two years per agency', () => {
    const b = buildBriefing({ year: 2024, scope: NO_SCOPE, reports: reports(), results: [], indicator: 'applications.new' })
    expect(b.comparison).toMatchObject({ indicator: 'applications.new', unit: '件', year: 2024, previousYear: 2023 })
    expect(b.comparison.rows[0]).toEqual(expect.objectContaining({ region: '洪泽区', current: expect.objectContaining({ value: 95 }), previous: expect.objectContaining({ value: 21 }) }))
    // Agencies that reported in 2023 and not in 2024 still show, with 2024 absent (not 0).
    expect(b.comparison.rows.slice(1).map(r => [r.region, r.current, r.previous?.year])).toEqual([['盐池县', null, 2023], ['沙坡头区', null, 2023]])
  })
})

describe('briefing: findings and notes', () => {
  it('lists each county\'s failed checks and the audit\'s results about its reports of the year, 内容雷同 marked, with the reports to link', () => {
    const all = reports()
    const copied = auditResult('similarity.previous_year', { agency: '淮安市洪泽区人民政府', year: 2024, prevYear: 2023, section: '五', share: 62 }, ['hongze-2023', 'hongze-2024'], { values: [62] })
    const results = [...runAudit(all), copied]
    const b = buildBriefing({ year: 2024, scope: NO_SCOPE, reports: all, results, indicator: 'licensing.decisions' })
    expect(b.findings.map(f => f.region)).toEqual(['洪泽区'])
    const findings = b.findings[0]!.findings
    const similarity = findings.find(f => f.similarity)!
    expect(similarity.audit).toBe(true)
    expect(similarity.reports.map(r => r.id)).toEqual(['hongze-2024', 'hongze-2023'])
    // The checks list's review key: rule | report ids in the rule's order | section.
    expect(similarity.key).toBe('similarity.previous_year|hongze-2023+hongze-2024|§五')
    const late = findings.find(f => f.check.id === 'timeliness.late')!
    expect(late.check.params).toMatchObject({ days: 15, deadline: '2025-03-31' })
    expect(late.key).toBe('timeliness.late|hongze-2024|')
  })

  it('carries the reviewer\'s status and note, and leaves out what was set to 已忽略', () => {
    // 洪泽区 2024's text says 17 requests where its table counts 95 (the corpus golden's text.table_mismatch).
    const mismatch = makeCheck('text.table_mismatch', { indicator: 'applications.new', text: 17, table: 95, line: 12 }, { indicator: 'applications.new', line: 12 })
    const all = [...seedReports(), hongze(2023, '2024-03-20'), hongze(2024, '2025-04-15', [mismatch])]
    const results = runAudit(all)
    const statuses = new Map([['timeliness.late|hongze-2024|', { status: 'verified' as const, note: '网页发布时间截图已存档' }], ['text.table_mismatch|hongze-2024|applications.new', { status: 'ignored' as const, note: '' }]])
    const b = buildBriefing({ year: 2024, scope: NO_SCOPE, reports: all, results, indicator: 'licensing.decisions', review: key => statuses.get(key) ?? null })
    const findings = b.findings[0]!.findings
    expect(findings.find(f => f.check.id === 'timeliness.late')!.review).toEqual({ status: 'verified', note: '网页发布时间截图已存档' })
    expect(findings.some(f => f.check.id === 'text.table_mismatch')).toBe(false)
    const unreviewed = buildBriefing({ year: 2024, scope: NO_SCOPE, reports: all, results, indicator: 'licensing.decisions' })
    expect(unreviewed.findings[0]!.findings.find(f => f.check.id === 'text.table_mismatch')!.review).toBeNull()
  })

  it('links each report of a finding at what the check points to there', () => {
    const b = buildBriefing({ year: 2023, scope: NO_SCOPE, reports: reports(), results: [], indicator: 'licensing.decisions', target: (_id, check): Record<string, string> => check.indicator === 'hotline.on_time_rate' ? { obs: '3' } : {} })
    const shapotou = b.findings.find(f => f.region === '沙坡头区')!.findings
    expect(shapotou.find(f => f.check.id === 'rate.mismatch')!.targets).toEqual([{ obs: '3' }])
    expect(shapotou.find(f => f.check.id === 'meta.published')!.targets).toEqual([{}])
  })

  it('keeps the notes of the scope\'s counties that say something', () => {
    const notes = new Map([['盐池县', '  已电话核实发布日期 '], ['兴庆区', '   '], ['中宁县', '未按时报送']])
    const b = buildBriefing({ year: 2023, scope: { prefectures: ['吴忠市'], counties: [], kinds: [] }, reports: reports(), results: [], indicator: 'licensing.decisions', notes })
    expect(b.notes).toEqual([{ region: '盐池县', text: '已电话核实发布日期' }])
  })

  it('adds the findings and notes to figures built beforehand (the view keeps them while notes change) as to its own', () => {
    const input = { year: 2023, scope: NO_SCOPE, reports: reports(), results: [], indicator: 'licensing.decisions', notes: new Map([['盐池县', '已核实']]) }
    const facts = buildBriefingFacts(input)
    const b = buildBriefing(input, facts)
    expect(b.comparison).toBe(facts.comparison)
    expect(b).toEqual(buildBriefing(input))
  })
})

describe('briefing: the scope', () => {
  it('lists no gazetteer province the data does not touch', () => {
    const b = buildBriefing({ year: 2024, scope: NO_SCOPE, reports: [hongze(2023, null), hongze(2024, null)], results: [], indicator: 'licensing.decisions' })
    expect(b.coverage.counties.map(c => c.region)).toEqual(['洪泽区'])
  })
})
