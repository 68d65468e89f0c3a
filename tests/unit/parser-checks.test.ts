/** The checks of spec §5 on real report text, edited where a check needs a fault. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../src/parser/index'

const raw = (name: string) => readFileSync(join(import.meta.dirname, '../../data/raw', name), 'utf8')
const YANCHI_2023 = raw('000_fdc207908cae9d93.txt')
const ZHONGNING_2019 = raw('001_c6b578f4541b6762.txt')
const SHAPOTOU_2023 = raw('002_ac06a6fd32620959.txt')
const YANCHI_2022 = raw('004_fda8f17958308b3d.txt')

function edit(text: string, from: string, to: string): string {
  expect(text).toContain(from)
  return text.replace(from, to)
}

const ids = (text: string) => parseReport(text).checks.map(c => c.id)
const value = (text: string, indicator: string) => parseReport(text).observations.find(o => o.indicator === indicator)?.value

describe('checks', () => {
  it('the unedited reports raise no error', () => {
    for (const text of [YANCHI_2023, ZHONGNING_2019, SHAPOTOU_2023, YANCHI_2022])
      expect(parseReport(text).checks.filter(c => c.severity === 'error')).toEqual([])
  })

  it('a report edited to break 勾稽关系 raises applications.balance (盐池县 2022: 本年新收 11 → 12)', () => {
    const broken = edit(YANCHI_2022, '一、本年新收政府信息公开申请数量\t\t11\t', '一、本年新收政府信息公开申请数量\t\t12\t')
    const check = parseReport(broken).checks.find(c => c.id === 'applications.balance')
    expect(check?.severity).toBe('error')
    expect(check?.message).toMatch(/12 \+ .*0 = 12.*11 \+ .*0 = 11/)
  })

  it('a row whose 总计 is not the sum of its applicants raises applications.row_total (盐池县 2023)', () => {
    const broken = edit(YANCHI_2023, '四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0\t', '四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t2\t')
    expect(ids(broken)).toContain('applications.row_total')
    expect(ids(broken)).toContain('applications.balance')
  })

  it('(七) ≠ (一)+…+(六) raises applications.closed_total (盐池县 2023: 予以公开 1)', () => {
    const broken = edit(YANCHI_2023, '三、本年度办理结果\t(一) 予以公开\t0\t0\t0\t0\t0\t0\t0\t', '三、本年度办理结果\t(一) 予以公开\t1\t0\t0\t0\t0\t0\t1\t')
    expect(ids(broken)).toContain('applications.closed_total')
  })

  it('a 行政复议 or 行政诉讼 总计 that is not the sum of its four raises review.total / litigation.total', () => {
    expect(ids(edit(YANCHI_2023, '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0', '1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0'))).toContain('review.total')
    expect(ids(edit(YANCHI_2023, '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0', '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t3'))).toContain('litigation.total')
  })

  it('沙坡头区 2023: its stated 按时办结率 94.34% against 5850 / 7573 raises rate.mismatch', () => {
    const check = parseReport(SHAPOTOU_2023).checks.find(c => c.id === 'rate.mismatch')
    expect(check?.severity).toBe('warning')
    expect(check?.message).toContain('94.34')
    expect(check?.message).toContain('77.25')
  })

  it('a stated rate that agrees with its counts raises nothing (中宁县 2019: 5579 / 5606 = 99.52% vs 99.5%)', () => {
    expect(ids(ZHONGNING_2019)).not.toContain('rate.mismatch')
  })

  it('a completion rate is derived from the counts when only they are stated', () => {
    const text = edit(ZHONGNING_2019, '办结率达99.5%，群众满意率达88.3%；', '群众满意率达88.3%；').replace('办结率达99.5%，', '')
    const rate = parseReport(text).observations.find(o => o.indicator === 'hotline.completion_rate')
    expect(rate).toMatchObject({ value: 99.52, source: 'derived', unit: '%' })
  })

  it('盐池县 2022: the lost 总计 column raises table.missing_total and still yields the right totals', () => {
    const report = parseReport(YANCHI_2022)
    expect(report.checks.find(c => c.id === 'table.missing_total')?.severity).toBe('info')
    const v = Object.fromEntries(report.observations.map(o => [o.indicator, o.value]))
    expect([v['applications.new'], v['applications.granted'], v['applications.partially_granted'], v['applications.unavailable'], v['applications.closed'], v['applications.carried_out']]).toEqual([11, 5, 3, 3, 11, 0])
  })

  it('行政许可 0 while the hall handled 1.1 million cases raises value.suspicious_zero (中宁县 2019)', () => {
    expect(parseReport(ZHONGNING_2019).checks.find(c => c.id === 'value.suspicious_zero')?.message).toContain('1,100,000')
  })

  it('an excerpt cut off mid-table keeps what it has and says what is missing', () => {
    const cut = YANCHI_2023.slice(0, YANCHI_2023.indexOf('(四) 无法提供'))
    const report = parseReport(cut)
    expect(report.observations.find(o => o.indicator === 'licensing.decisions')?.value).toBe(5147)
    expect(report.observations.find(o => o.indicator === 'applications.new')?.value).toBe(0)
    expect(report.observations.find(o => o.indicator === 'applications.closed')).toBeUndefined()
    expect(report.checks.filter(c => c.id === 'section.missing').map(c => c.message).join()).toContain('四')
  })

  it('text that contradicts its own table raises text.table_mismatch', () => {
    const text = edit(YANCHI_2023, '收到政府信息公开申请 0 件', '收到政府信息公开申请 2 件')
    expect(ids(text)).toContain('text.table_mismatch')
    expect(value(text, 'applications.new')).toBe(0)
  })

  it('a figure stated with two different values is left absent and flagged', () => {
    const text = edit(YANCHI_2023, '年办件量564675件', '年办件量564675件，大厅全年办件量560000件')
    expect(value(text, 'hall.cases')).toBeUndefined()
    expect(ids(text)).toContain('text.ambiguous')
  })

  it('something that is not a report says so and still returns a Report', () => {
    const report = parseReport('Hello, world. This is a shopping list: 3 apples.')
    expect(report.checks[0]).toMatchObject({ id: 'input.not_report', severity: 'error' })
    expect(report.year).toBeNull()
    expect(parseReport('').checks[0]).toMatchObject({ id: 'input.empty', severity: 'error' })
  })
})
