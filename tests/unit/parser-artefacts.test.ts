/**
 * One test per conversion artefact (spec §1 and the web-page forms), each
 * built from real lines of the bundled reports. The table data are the lines
 * of 盐池县审批服务管理局 2023 with non-zero numbers put in, so a cell read in
 * the wrong column changes the result:
 *
 *   本年新收 4 (自然人 3, 商业企业 1), 上年结转 1, 予以公开 2, 部分公开 1,
 *   不予公开·国家秘密 1, (七) 总计 4, 结转下年度 1.
 */
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../src/parser/index'

const TITLE = '盐池县审批服务管理局 2023年政府信息公开工作年度报告'
const PERIOD = '根据…（国办公开办函〔2021〕30号）要求，现发布本报告，本报告统计数据从 2023 年 1 月 1 日至 12 月 31 日。'

/** Section 三 header lines of 000_fdc207908cae9d93.txt (lines 44–46). */
const HEADER = [
  '(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t总计\t',
  '\t\t自然人\t法人或其他组织\t\t\t\t\t\t',
  '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t',
]

/** Lines 47–71 of 000_fdc207908cae9d93.txt, numbers put in. */
const ROWS = [
  '一、本年新收政府信息公开申请数量\t\t3\t1\t0\t0\t0\t0\t4\t',
  '二、上年结转政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1\t',
  '三、本年度办理结果\t(一) 予以公开\t2\t0\t0\t0\t0\t0\t2\t',
  '\t(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)\t0\t1\t0\t0\t0\t0\t1\t',
  '\t(三) 不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1',
  '\t\t2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0',
  '\t\t3.危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0',
  '\t\t4.保护第三方合法权益\t0\t0\t0\t0\t0\t0\t0',
  '\t\t5.属于三类内部事务信息\t0\t0\t0\t0\t0\t0\t0',
  '\t\t6.属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0',
  '\t\t7.属于行政执法案卷\t0\t0\t0\t0\t0\t0\t0',
  '\t\t8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0',
  '\t(四) 无法提供\t1.本机关不掌握相关政府信息\t0\t0\t0\t0\t0\t0\t0',
  '\t\t2.没有现成信息需要另行制作\t0\t0\t0\t0\t0\t0\t0',
  '\t\t3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\t0',
  '\t(五) 不予处理\t1.信访举报投诉类申请\t0\t0\t0\t0\t0\t0\t0',
  '\t\t2.重复申请\t0\t0\t0\t0\t0\t0\t0',
  '\t\t3.要求提供公开出版物\t0\t0\t0\t0\t0\t0\t0',
  '\t\t4.无正当理由大量反复申请\t0\t0\t0\t0\t0\t0\t0',
  '\t\t5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0',
  '\t(六) 其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0',
  '\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0',
  '3.其他\t\t0\t0\t0\t0\t0\t0\t0\t',
  '(七) 总计\t3\t1\t0\t0\t0\t0\t4\t\t',
  '四、结转下年度继续办理\t\t1\t0\t0\t0\t0\t0\t1\t',
]

/** Section 四 of 000_fdc207908cae9d93.txt (lines 75–78). */
const APPEALS = [
  '行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t',
  '结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t',
  '\t\t\t\t\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计',
]

const EXPECTED = {
  'applications.new': 4,
  'applications.carried_in': 1,
  'applications.granted': 2,
  'applications.partially_granted': 1,
  'applications.denied': 1,
  'applications.unavailable': 0,
  'applications.not_processed': 0,
  'applications.other': 0,
  'applications.closed': 4,
  'applications.carried_out': 1,
}

function report(parts: { active?: string[], rows?: string[], header?: string[], appeals?: string[], prose?: string[] }): string {
  return [
    '',
    TITLE,
    '',
    PERIOD,
    '',
    '一、总体情况',
    '',
    ...(parts.prose ?? ['2023 年，本局坚持公开为常态。']),
    '',
    '二、主动公开政府信息情况',
    '',
    ...(parts.active ?? ['第二十条第（五）项\t\t\t', '信息内容\t本年处理决定数量\t\t', '行政许可\t5147\t\t']),
    '',
    '三、收到和处理政府信息公开申请情况',
    '',
    ...(parts.header ?? HEADER),
    ...(parts.rows ?? ROWS),
    '',
    '四、政府信息公开行政复议、行政诉讼情况',
    '',
    ...(parts.appeals ?? [...APPEALS, '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0']),
    '',
    '五、存在的主要问题及改进情况',
    '',
    '无。',
  ].join('\n')
}

function values(text: string): Record<string, number> {
  return Object.fromEntries(parseReport(text).observations.map(o => [o.indicator, o.value]))
}

function requestValues(text: string): Record<string, number> {
  return Object.fromEntries(Object.entries(values(text)).filter(([k]) => k.startsWith('applications.')))
}

function checkIds(text: string): string[] {
  return parseReport(text).checks.map(c => c.id)
}

function replaceRow(rows: readonly string[], startsWith: string, line: string | string[]): string[] {
  const i = rows.findIndex(r => r.replace(/^\t+/, '').startsWith(startsWith))
  if (i < 0)
    throw new Error(`no row ${startsWith}`)
  return [...rows.slice(0, i), ...(Array.isArray(line) ? line : [line]), ...rows.slice(i + 1)]
}

describe('section 三 conversion artefacts', () => {
  it('reads the clean table (baseline)', () => {
    expect(requestValues(report({}))).toEqual(EXPECTED)
    expect(checkIds(report({}))).not.toContain('table.shape')
  })

  it('labels split by spaces: `三、本 年度 办理 结果`, `(三) 不予公 开` (沙坡头区 2023, lines 44–46)', () => {
    let rows = replaceRow(ROWS, '三、本年度办理结果', '三、本 年度 办理 结果\t(一) 予以公开\t2\t0\t0\t0\t0\t0\t2\t')
    rows = replaceRow(rows, '(三) 不予公开', '\t(三) 不予公 开\t1. 属于国家秘密\t1\t0\t0\t0\t0\t0\t1')
    expect(requestValues(report({ rows }))).toEqual(EXPECTED)
  })

  it('cells moved out of place: `其他处理 (六) 1. …`, `3.其他` and `4. …` in the first column (沙坡头区 2023 lines 60–63, 盐池县 2023 line 69)', () => {
    let rows = replaceRow(ROWS, '(六) 其他处理', '其他处理\t(六)\t1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0')
    rows = replaceRow(rows, '4.无正当理由大量反复申请', '4. 无正当理由大量反复申请\t\t0\t0\t0\t0\t0\t0\t0\t')
    rows = replaceRow(rows, '(二) 部分公开', '\t(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)\t0\t1\t0\t0\t0\t0\t1\t')
    expect(requestValues(report({ rows }))).toEqual(EXPECTED)
  })

  it('a table split across pages: a blank line and a re-indented continuation (中宁县 2019, lines 95–99)', () => {
    const rows = replaceRow(ROWS, '3.要求提供公开出版物', ['', '\t3. 要求提供公开出版物\t0\t0\t0\t0\t0\t0\t0'])
    const split = replaceRow(rows, '(四) 无法提供', ['', '', '\t(四) 无法提供\t1.本机关不掌握相关政府信息\t0\t0\t0\t0\t0\t0\t0'])
    expect(requestValues(report({ rows: split }))).toEqual(EXPECTED)
  })

  it('an extra cell: `(七) 总计` and `四、结转…` with eight cells (灵武市 2021, lines 85–86)', () => {
    let rows = replaceRow(ROWS, '(七) 总计', '(七) 总计\t\t3\t1\t0\t0\t0\t0\t4\t0\t')
    rows = replaceRow(rows, '四、结转下年度继续办理', '四、结转下年度继续办理\t\t1\t0\t0\t0\t0\t\t0\t1\t')
    const text = report({ rows })
    expect(requestValues(text)).toEqual(EXPECTED)
    expect(parseReport(text).checks.find(c => c.id === 'table.shape')?.message).toMatch(/surplus/)
  })

  it('an extra cell that cannot be placed is left absent, not guessed', () => {
    const rows = replaceRow(ROWS, '一、本年新收', '一、本年新收政府信息公开申请数量\t\t3\t1\t5\t0\t0\t0\t4\t9\t')
    const v = requestValues(report({ rows }))
    expect(v['applications.new']).toBeUndefined()
    expect(v['applications.closed']).toBe(4)
  })

  it('a lost 总计 column: totals summed from the applicant columns (盐池县 2022, lines 44–71)', () => {
    const header = HEADER.map(h => h.replace('总计', ''))
    const rows = ROWS.map(r => r.replace(/\t(\d+)\t?$/, '').replace(/^(\(七\) 总计(?:\t\d+){6})\t\d+\t\t$/, '$1'))
    const text = report({ header, rows })
    expect(requestValues(text)).toEqual(EXPECTED)
    expect(checkIds(text)).toContain('table.missing_total')
  })

  it('rows that lost a cell are solved from the (七) row where it determines them (盐池县 2022, lines 51–69)', () => {
    // As in 盐池县 2022: the sub-item rows lost their last cell.
    const header = HEADER.map(h => h.replace('总计', ''))
    const rows = ROWS.map(r => r.replace(/\t(\d+)\t?$/, '').replace(/^(\(七\) 总计(?:\t\d+){6})\t\d+\t\t$/, '$1'))
      .map(r => /^\t+(?:\([三四五六]\)[^\t]*\t)?\d\./.test(r) || /^3\.其他/.test(r) ? r.replace(/\t\d+$/, '') : r)
    const text = report({ header, rows })
    expect(requestValues(text)).toEqual(EXPECTED)
    expect(checkIds(text)).toContain('table.inferred')
  })

  it('markdown: `#` headings and `**bold**` (灵武市 2021)', () => {
    const text = report({}).replace('三、收到和处理政府信息公开申请情况', '## 三、收到和处理政府信息公开申请情况').replace('一、总体情况', '## **一、总体情况**')
    expect(requestValues(text)).toEqual(EXPECTED)
  })

  it('full-width and half-width brackets mixed: `（七）总计`, `（三）不予公开`', () => {
    let rows = replaceRow(ROWS, '(七) 总计', '（七）总计\t3\t1\t0\t0\t0\t0\t4\t\t')
    rows = replaceRow(rows, '(三) 不予公开', '\t（三）不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1')
    expect(requestValues(report({ rows }))).toEqual(EXPECTED)
  })

  /**
   * A web page's table as markdown: three label columns (merged cells left
   * empty), then the seven value columns, every row the same width.
   */
  function pipeRow(r: string, values?: string[]): string {
    const cells = r.split('\t').map(c => c.trim()).filter(c => c !== '')
    const labels = cells.filter(c => !/^\d+$/.test(c))
    const numbers = values ?? cells.filter(c => /^\d+$/.test(c))
    const slots = ['', '', '']
    for (const l of labels) {
      const slot = /^[一二三四]、/.test(l) ? 0 : /^[(（]/.test(l) ? 1 : 2
      slots[slot] = l
    }
    return `| ${[...slots, ...numbers].join(' | ')} |`
  }
  const PIPE_HEADER = [
    '| 申请人情况 | | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ]

  it('`|`-separated rows, as web pages of these reports are', () => {
    const text = report({ header: PIPE_HEADER, rows: ROWS.map(r => pipeRow(r)) })
    expect(requestValues(text)).toEqual(EXPECTED)
  })

  it('one cell per line, as copied from a web page', () => {
    const cellPerLine = (r: string) => r.split('\t').map(c => c.trim()).filter(c => c !== '')
    const text = report({ header: HEADER.flatMap(cellPerLine), rows: ROWS.flatMap(cellPerLine) })
    expect(requestValues(text)).toEqual(EXPECTED)
  })

  it('a blank cell is absent, not 0: with its row total stated, the table determines it', () => {
    const rows = ROWS.map(r => pipeRow(r))
    rows[0] = pipeRow(ROWS[0]!, ['3', '', '0', '0', '0', '0', '4'])
    const text = report({ header: PIPE_HEADER, rows })
    expect(requestValues(text)).toEqual(EXPECTED)
    const table = parseReport(text).tables.find(t => t.section === '三')!
    expect(table.rows[0]!.cells[1]).toBe(1)
    expect(table.rows[0]!.inferred?.[1]).toBe(true)
  })

  it('a blank cell whose value nothing determines stays absent', () => {
    const rows = ROWS.map(r => pipeRow(r))
    rows[0] = pipeRow(ROWS[0]!, ['3', '', '0', '0', '0', '0', ''])
    expect(requestValues(report({ header: PIPE_HEADER, rows }))['applications.new']).toBeUndefined()
  })

  it('a blank first value cell in a `|` row does not shift the others', () => {
    const rows = ROWS.map(r => pipeRow(r))
    // 自然人 blank: reading left-aligned would put 1 under 自然人 and 4 under 其他.
    rows[0] = pipeRow(ROWS[0]!, ['', '1', '0', '0', '0', '0', '4'])
    const table = parseReport(report({ header: PIPE_HEADER, rows })).tables.find(t => t.section === '三')!
    expect(table.rows[0]!.cells).toEqual([3, 1, 0, 0, 0, 0, 4])
  })
})

describe('section 二 conversion artefacts', () => {
  it('digits with spaces around them and full-width digits: `行政许可 ⇥ 5147 `, `５１４７`', () => {
    expect(values(report({ active: ['第二十条第（五）项\t\t\t', '信息内容\t本年处理决定数量\t\t', '行政许可\t 5147 \t\t'] }))['licensing.decisions']).toBe(5147)
    expect(values(report({ active: ['第二十条第（五）项\t\t\t', '信息内容\t本年处理决定数量\t\t', '行政许可\t５１４７\t\t'] }))['licensing.decisions']).toBe(5147)
  })

  it('truncated row labels: `行政规范性`, `行政事业性` (沙坡头区 2023, lines 24, 34)', () => {
    const v = values(report({ active: [
      '第二十条第（一）项\t\t\t',
      '信息内容\t本年制发件\t本年废止件\t现行有效件数',
      '规章\t0\t0\t0',
      '行政规范性\t2\t1\t7',
      '第二十条第（八）项\t\t\t',
      '信息内容\t本年收费金额（单位：万元）\t\t',
      '行政事业性\t12.5\t\t',
    ] }))
    expect([v['normative_docs.issued'], v['normative_docs.abolished'], v['normative_docs.in_force'], v['fees.amount']]).toEqual([2, 1, 7, 12.5])
  })

  it('a blank cell is absent: `| 行政许可 |  |` gives no licensing value; `| 规章 | 0 |  | 3 |` no 废止', () => {
    const v = values(report({ active: [
      '| 第二十条第（一）项 | | | |',
      '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '| 规章 | 0 |  | 3 |',
      '| 第二十条第（五）项 | | | |',
      '| 信息内容 | 本年处理决定数量 | | |',
      '| 行政许可 |  | | |',
    ] }))
    expect(v['licensing.decisions']).toBeUndefined()
    expect(v['regulations.abolished']).toBeUndefined()
    expect([v['regulations.issued'], v['regulations.in_force']]).toEqual([0, 3])
  })

  it('one cell per line', () => {
    const v = values(report({ active: ['第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', '5147', '第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', '12', '行政强制', '3'] }))
    expect([v['licensing.decisions'], v['penalty.decisions'], v['coercion.decisions']]).toEqual([5147, 12, 3])
  })

  it('2019 columns: 处理决定数量 is the third cell, and there is no 废止 (中宁县 2019, lines 55–66)', () => {
    const text = report({ active: [
      '第二十条第（一）项\t\t\t',
      '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
      '规范性文件\t3\t2\t40',
      '第二十条第（五）项\t\t\t',
      '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
      '行政许可\t120\t-3\t5400',
    ] }).replace('〔2021〕30号', '〔2019〕60号')
    const v = values(text)
    expect([v['normative_docs.issued'], v['normative_docs.in_force'], v['licensing.decisions']]).toEqual([3, 40, 5400])
    expect(v['normative_docs.abolished']).toBeUndefined()
  })
})

describe('section 四 conversion artefacts', () => {
  it('an extra 0 cell: 16 cells (中宁县 2019, line 109)', () => {
    const v = values(report({ appeals: [...APPEALS, '1\t2\t0\t0\t3\t0\t1\t0\t1\t2\t0\t0\t0\t1\t1\t0'] }))
    expect([v['review.total'], v['review.corrected'], v['litigation.total'], v['litigation.corrected']]).toEqual([3, 2, 3, 1])
  })

  it('a lost cell: 14 cells whose totals determine it', () => {
    const v = values(report({ appeals: [...APPEALS, '1\t2\t0\t0\t3\t0\t0\t0\t0\t0\t0\t0\t0\t0'] }))
    expect([v['review.total'], v['review.corrected'], v['litigation.total']]).toEqual([3, 2, 0])
  })

  it('a lost cell that could be a part or the 总计 leaves the figures absent', () => {
    // `… 0 0 1 1`: a lost 总计 (= 2) and a lost 0 part (总计 1) both add up.
    const v = values(report({ appeals: [...APPEALS, '1\t2\t0\t0\t3\t0\t1\t0\t1\t2\t0\t0\t1\t1'] }))
    expect(v['litigation.total']).toBeUndefined()
  })

  it('cells that cannot be placed leave the figures absent', () => {
    const v = values(report({ appeals: [...APPEALS, '1\t2\t5\t7\t3\t0\t1'] }))
    expect(v['review.total']).toBeUndefined()
  })
})
