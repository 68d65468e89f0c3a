/**
 * Crawler text: a report saved as one line, headings and table rows run
 * together, cell separators lost. The fixtures are written for these tests
 * (invented agency and numbers) in the shape of the page.txt files of
 * changwu/pingtan-gov-zwgk-archive (pingtan/zwgk/zfxxgk/zfxxgknb/*, 2019–2025).
 * A run of digits is read only where the table's totals leave one split.
 */
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../src/parser/index'

const INTRO = '标题: 某某新区2022年度政府信息公开工作年度报告 ==== 正文 ==== 本报告依据《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）编制，所列数据统计期限为2022年1月1日至2022年12月31日。'
const PROSE = '一、总体情况 2022年，新区坚持公开为常态。（一）主动公开方面全年共主动公开政府信息1234条。'
const ACTIVE = '二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件7313250第二十条第（五）项信息内容本年处理决定数量行政许可3021第二十条第（六）项信息内容本年处理决定数量行政处罚845行政强制0第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费316.5'
const HEADER = '三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他'
/**
 * 本年新收 46 (自然人 39, 商业企业 3, 其他 4), 上年结转 1, 予以公开 20,
 * 部分公开 5, 不予公开·内部事务 2, 无法提供·不掌握 15 (自然人 11, 其他 4),
 * 不予处理·重复申请 1, 其他处理·逾期不补正 3 (商业企业), (七) 总计 46, 结转 1.
 */
const ROWS = [
  '一、本年新收政府信息公开申请数量3930004 46',
  '二、上年结转政府信息公开申请数量1000001',
  '三、本年度办理结果（一）予以公开200000020',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）5000005',
  '（三）不予公开1.属于国家秘密0000000',
  '2.其他法律行政法规禁止公开0000000',
  '3.危及“三安全一稳定”0000000',
  '4.保护第三方合法权益0000000',
  '5.属于三类内部事务信息2000002',
  '6.属于四类过程性信息0000000',
  '7.属于行政执法案卷0000000',
  '8.属于行政查询事项0000000',
  '（四）无法提供1.本机关不掌握相关政府信息110000415',
  '2.没有现成信息需要另行制作0000000',
  '3.补正后申请内容仍不明确0000000',
  '（五）不予处理1.信访举报投诉类申请0000000',
  '2.重复申请1000001',
  '3.要求提供公开出版物0000000',
  '4.无正当理由大量反复申请0000000',
  '5.要求行政机关确认或重新出具已获取信息0000000',
  '（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请0300003',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请0000000',
  '3.其他0000000',
  '（七）总计393000446',
  '四、结转下年度继续办理1000001',
]
const APPEALS = '四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计21003120001201001'
const END = '五、存在的主要问题及改进情况政策解读形式还不够丰富。六、其他需要报告的事项无。'

function oneLine(rows: readonly string[] = ROWS, active = ACTIVE, appeals = APPEALS): string {
  return [INTRO, PROSE, active, HEADER, ...rows, appeals, END].join('')
}

function values(text: string): Record<string, number> {
  return Object.fromEntries(parseReport(text).observations.filter(o => o.source !== 'derived').map(o => [o.indicator, o.value]))
}

function checks(text: string): string[] {
  return parseReport(text).checks.map(c => `${c.id}${c.variant ? `/${c.variant}` : ''}`)
}

describe('crawler text: a report on one line', () => {
  it('finds the sections and reads every table row the totals settle', () => {
    const v = values(oneLine())
    expect(v).toMatchObject({
      'applications.new': 46,
      'applications.carried_in': 1,
      'applications.granted': 20,
      'applications.partially_granted': 5,
      'applications.denied': 2,
      'applications.unavailable': 15,
      'applications.not_processed': 1,
      'applications.other': 3,
      'applications.closed': 46,
      'applications.carried_out': 1,
      'review.total': 3,
      'review.corrected': 1,
      'litigation.total': 13,
      'litigation.corrected': 1,
      'disclosure.items': 1234,
    })
    expect(checks(oneLine())).not.toContain('section.missing/absent')
  })

  it('section 二: a one-cell row and a row of zeros are read; three counts run together are not guessed', () => {
    const text = oneLine()
    const v = values(text)
    expect([v['regulations.issued'], v['regulations.abolished'], v['regulations.in_force']]).toEqual([0, 0, 0])
    expect([v['licensing.decisions'], v['penalty.decisions'], v['coercion.decisions'], v['fees.amount']]).toEqual([3021, 845, 0, 316.5])
    // 7313250 could be 73 | 13 | 250 or 7 | 31 | 3250 …: the table has no total to tell.
    expect(v['normative_docs.issued']).toBeUndefined()
    expect(v['normative_docs.in_force']).toBeUndefined()
    const c = parseReport(text).checks.find(x => x.variant === 'ambiguous' && x.params?.section === '二')
    expect(c?.message).toContain('7313250')
  })

  it('evidence is the row as the page shows it, a piece of the one input line', () => {
    const text = oneLine()
    const r = parseReport(text)
    const granted = r.observations.find(o => o.indicator === 'applications.granted')!
    expect(granted.evidence).toBe('三、本年度办理结果（一）予以公开200000020')
    for (const o of r.observations)
      expect(text).toContain(o.evidence.split('\n')[0])
  })

  it('a row its own total leaves open is settled by the (七) column sums', () => {
    // 110000415 reads as 11 0 0 0 0 4 15 or 1 10 0 0 0 4 15 (both add up to 15);
    // the 商业企业 column of (七) (3, all of it 其他处理) leaves only the first.
    const table = parseReport(oneLine()).tables.find(t => t.section === '三')!
    const row = table.rows.find(r => r.label.startsWith('(四) 无法提供 1'))!
    expect(row.cells).toEqual([11, 0, 0, 0, 0, 4, 15])
  })

  it('a row nothing settles stays absent, and a check names its digits', () => {
    // Without the (七) row nothing tells 11 0 … from 1 10 …: 无法提供 is left out rather than guessed.
    const text = oneLine(ROWS.filter(r => !r.startsWith('（七）')))
    const v = values(text)
    expect(v['applications.unavailable']).toBeUndefined()
    expect(v['applications.granted']).toBe(20)
    const check = parseReport(text).checks.find(c => c.variant === 'ambiguous' && String(c.params?.row).startsWith('(四)'))
    expect(check?.message).toContain('110000415')
    expect(check?.line).toBeGreaterThan(1)
  })

  it('spaces kept between some cells and lost between others: `（七）总计39 3 00 0 4 46`', () => {
    const rows = ROWS.map(r => (r.startsWith('（七）') ? '（七）总计39 3 00 0 4 46' : r))
    expect(values(oneLine(rows))['applications.closed']).toBe(46)
  })

  it('section 四 with its 17 digits split the one way the 总计 cells allow', () => {
    const table = parseReport(oneLine()).tables.find(t => t.section === '四')!
    expect(table.rows[0]!.cells).toEqual([2, 1, 0, 0, 3, 12, 0, 0, 0, 12, 0, 1, 0, 0, 1])
  })

  it('section 四 digits that split more than one way are left absent', () => {
    // 2 1 0 0 3 | 1 0 11 0 12 | … and 2 1 0 0 3 | 10 1 1 0 12 | … both keep every 总计.
    const text = oneLine(ROWS, ACTIVE, APPEALS.replace(/\d+$/, '21003101101201001'))
    expect(values(text)['litigation.total']).toBeUndefined()
    expect(parseReport(text).checks.find(c => c.params?.section === '四')?.variant).toBe('ambiguous')
  })

  it('one row per line with the cells run together, as some converters give', () => {
    const text = [INTRO, PROSE, HEADER, ...ROWS, APPEALS, END].join('\n')
    expect(values(text)['applications.unavailable']).toBe(15)
    expect(checks(text)).toContain('table.run_together/split')
  })
})
