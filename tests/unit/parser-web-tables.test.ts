/**
 * Section 二 and 三 tables as web pages, markdown converters and copy-paste
 * leave them: labels that wrap, group labels on their own line or repeated,
 * empty `|` cells, padding columns, rows split over lines, headers split over
 * lines, one cell per line. The numbers are invented (a 2021-format table
 * whose arithmetic holds), so a cell read in the wrong column shows:
 *
 *   本年新收 9 (自然人 6, 商业企业 2, 其他 1), 上年结转 1, 予以公开 4,
 *   部分公开 2 (商业企业), 不予公开·国家秘密 1, 无法提供·不掌握 2,
 *   其他处理·逾期不补正 1 (其他), (七) 总计 10, 结转 0.
 */
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../src/parser/index'

const HEAD = [
  '某县审批服务管理局2023年政府信息公开工作年度报告',
  '本报告依据国办公开办函〔2021〕30号编制，统计期限为2023年1月1日至2023年12月31日。',
  '一、总体情况',
  '本局坚持公开为常态。',
  '二、主动公开政府信息情况',
]
const MIDDLE = ['三、收到和处理政府信息公开申请情况']
const TAIL = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议\t行政诉讼', '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0', '五、存在的主要问题及改进情况', '无。']

type Row = [labels: string[], values: (number | '')[]]
const Z: (number | '')[] = [0, 0, 0, 0, 0, 0, 0]
const ROWS: Row[] = [
  [['一、本年新收政府信息公开申请数量'], [6, 2, 0, 0, 0, 1, 9]],
  [['二、上年结转政府信息公开申请数量'], [1, 0, 0, 0, 0, 0, 1]],
  [['三、本年度办理结果', '（一）予以公开'], [4, 0, 0, 0, 0, 0, 4]],
  [['（二）部分公开（区分处理的，只计这一情形，不计其他情形）'], [0, 2, 0, 0, 0, 0, 2]],
  [['（三）不予公开', '1.属于国家秘密'], [1, 0, 0, 0, 0, 0, 1]],
  [['2.其他法律行政法规禁止公开'], Z],
  [['3.危及“三安全一稳定”'], Z],
  [['4.保护第三方合法权益'], Z],
  [['5.属于三类内部事务信息'], Z],
  [['6.属于四类过程性信息'], Z],
  [['7.属于行政执法案卷'], Z],
  [['8.属于行政查询事项'], Z],
  [['（四）无法提供', '1.本机关不掌握相关政府信息'], [2, 0, 0, 0, 0, 0, 2]],
  [['2.没有现成信息需要另行制作'], Z],
  [['3.补正后申请内容仍不明确'], Z],
  [['（五）不予处理', '1.信访举报投诉类申请'], Z],
  [['2.重复申请'], Z],
  [['3.要求提供公开出版物'], Z],
  [['4.无正当理由大量反复申请'], Z],
  [['5.要求行政机关确认或重新出具已获取信息'], Z],
  [['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'], [0, 0, 0, 0, 0, 1, 1]],
  [['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'], Z],
  [['3.其他'], Z],
  [['（七）总计'], [7, 2, 0, 0, 0, 1, 10]],
  [['四、结转下年度继续办理'], Z],
]
const EXPECTED = {
  'applications.new': 9,
  'applications.carried_in': 1,
  'applications.granted': 4,
  'applications.partially_granted': 2,
  'applications.denied': 1,
  'applications.unavailable': 2,
  'applications.not_processed': 0,
  'applications.other': 1,
  'applications.closed': 10,
  'applications.carried_out': 0,
}

const TAB_HEADER = ['(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t申请人情况\t总计', '自然人\t法人或其他组织', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他']
const ACTIVE_TAB = ['第二十条第（一）项', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t0\t0\t0', '行政规范性文件\t2\t1\t9', '第二十条第（五）项', '信息内容\t本年处理决定数量', '行政许可\t1234']

function report(table: string[], active: string[] = ACTIVE_TAB, header: string[] = TAB_HEADER): string {
  return [...HEAD, ...active, ...MIDDLE, ...header, ...table, ...TAIL].join('\n')
}

function values(text: string, prefix = 'applications.'): Record<string, number> {
  return Object.fromEntries(parseReport(text).observations.filter(o => o.indicator.startsWith(prefix)).map(o => [o.indicator, o.value]))
}

const tabRow = ([labels, vals]: Row) => [...labels, ...vals].join('\t')

/** A markdown row of a web table: three label columns (merged cells empty), seven value columns. */
function pipeRow([labels, vals]: Row, pad = ''): string {
  const slots = ['', '', '']
  for (const l of labels) {
    const slot = /^[一二三四]、/.test(l) ? 0 : /^[（(]/.test(l) ? 1 : 2
    slots[slot] = l
  }
  return `| ${[...slots, ...vals].join(' | ')} |${pad}`
}
const PIPE_HEADER = ['| 申请人情况 | | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |', '|---|---|---|---|---|---|---|---|---|---|']

describe('section 三 as web pages and converters leave it', () => {
  it('reads the tab table (baseline)', () => {
    expect(values(report(ROWS.map(tabRow)))).toEqual(EXPECTED)
  })

  it('a row label that wraps onto the next line, values on the second line', () => {
    const rows = ROWS.map(tabRow)
    rows[3] = '（二）部分公开（区分处理的，只计这一情形，不计\n其他情形）\t0\t2\t0\t0\t0\t0\t2'
    rows[21] = '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政\n府信息公开申请\t0\t0\t0\t0\t0\t0\t0'
    expect(values(report(rows))).toEqual(EXPECTED)
  })

  it('a label whose halves match nothing alone: `2.其他法律行政法规禁` ⏎ `止公开`', () => {
    const rows = ROWS.map(tabRow)
    rows[5] = '2.其他法律行政法规禁\n止公开\t0\t0\t0\t0\t0\t0\t0'
    rows[4] = '（三）不予公开\t1.属于国\n家秘密\t1\t0\t0\t0\t0\t0\t1'
    const table = parseReport(report(rows)).tables.find(t => t.section === '三')!
    expect(table.rows.find(r => r.label === '(三) 不予公开 2')?.cells).toEqual([0, 0, 0, 0, 0, 0, 0])
    expect(values(report(rows))).toEqual(EXPECTED)
  })

  it('a group label on its own line, then its sub-rows', () => {
    const rows = ROWS.flatMap(([labels, vals]) => (labels.length === 2 && /^（[三四五六]）/.test(labels[0]!) ? [labels[0]!, tabRow([[labels[1]!], vals])] : [tabRow([labels, vals])]))
    expect(values(report(rows))).toEqual(EXPECTED)
  })

  it('a group label repeated on every sub-row (rowspan cells copied)', () => {
    let group = ''
    const rows = ROWS.map(([labels, vals]) => {
      if (labels.length === 2 && /^（[三四五六]）/.test(labels[0]!))
        group = labels[0]!
      else if (!/^\d\./.test(labels[0]!))
        group = ''
      return tabRow([group && labels.length === 1 ? [group, ...labels] : labels, vals])
    })
    expect(values(report(rows))).toEqual(EXPECTED)
  })

  it('markdown rows with empty cells for merged labels, a separator line after the header', () => {
    expect(values(report(ROWS.map(r => pipeRow(r)), ACTIVE_TAB, PIPE_HEADER))).toEqual(EXPECTED)
  })

  it('padding cells after the last column (`| … | 9 | ||`) do not shift the values', () => {
    const text = report(ROWS.map(r => pipeRow(r, ' ||')), ACTIVE_TAB, PIPE_HEADER.map(h => `${h} ||`))
    expect(values(text)).toEqual(EXPECTED)
  })

  it('an empty `|` row is absent, not 0, and the cells around it keep their columns', () => {
    const rows = ROWS.map(r => pipeRow(r))
    rows[5] = '| | | 2.其他法律行政法规禁止公开 | | | | | | | |'
    const text = report(rows, ACTIVE_TAB, PIPE_HEADER)
    const table = parseReport(text).tables.find(t => t.section === '三')!
    // Not read as 0: the (七) row determines its cells, and the table marks them inferred.
    expect(table.rows.find(r => r.label === '(三) 不予公开 2')?.inferred?.every(Boolean)).toBe(true)
    expect(values(text)).toEqual(EXPECTED)
    // Without the (七) row nothing determines it: 不予公开 (its sub-rows' sum) is absent, not 1.
    const open = report(rows.filter(r => !r.includes('（七）')), ACTIVE_TAB, PIPE_HEADER)
    expect(values(open)['applications.denied']).toBeUndefined()
  })

  it('a group label beside its first sub-row in a `|` row does not take that sub-row\'s cells', () => {
    // 不予公开 is 1 (国家秘密) + 3 (内部事务) = 4; the group label shares the line of its first sub-row only.
    const rows: Row[] = ROWS.map(r => [r[0], [...r[1]]] as Row)
    rows[8]![1] = [3, 0, 0, 0, 0, 0, 3]
    rows[23]![1] = [10, 2, 0, 0, 0, 1, 13]
    rows[0]![1] = [9, 2, 0, 0, 0, 1, 12]
    const v = values(report(rows.map(r => pipeRow(r)), ACTIVE_TAB, PIPE_HEADER))
    expect([v['applications.denied'], v['applications.closed']]).toEqual([4, 13])
  })

  it('a markdown row split over two lines (a line break inside a label cell)', () => {
    const rows = ROWS.map(r => pipeRow(r))
    rows[3] = '| | （二）部分公开（区分处理的，只计这一情形，\n不计其他情形） | | 0 | 2 | 0 | 0 | 0 | 0 | 2 |'
    expect(values(report(rows, ACTIVE_TAB, PIPE_HEADER))).toEqual(EXPECTED)
  })

  it('a table split into several markdown tables, each with its header and separator', () => {
    const rows = ROWS.map(r => pipeRow(r))
    const split = [...rows.slice(0, 12), '', ...PIPE_HEADER, ...rows.slice(12)]
    expect(values(report(split, ACTIVE_TAB, PIPE_HEADER))).toEqual(EXPECTED)
  })

  it('header cells split over lines: `总` ⏎ `计` still means the table has a 总计 column', () => {
    const header = ['申请人情况', '自然人', '法人或其他组织', '总', '计', '商业企业', '科研机构', '社会公益', '组织', '法律服务机构', '其他']
    expect(values(report(ROWS.map(tabRow), ACTIVE_TAB, header))).toEqual(EXPECTED)
  })

  it('one cell per line with a trailing ` |` and `|` lines between rows (a web page copied)', () => {
    const cells = ROWS.flatMap(([labels, vals]) => [...labels.map(l => `${l} |`), ...vals.map(v => `${v} |`), '|'])
    expect(values(report(cells))).toEqual(EXPECTED)
  })
})

describe('section 二 as web pages leave it', () => {
  const base = (active: string[]) => values(report(ROWS.map(tabRow), active), '')

  it('a header cell wrapped over two lines: `本年新` ⏎ `制作数量` (2019 format)', () => {
    const v = base(['第二十条第（一）项', '信息内容', '本年新', '制作数量', '本年新', '公开数量', '对外公开总数量', '规章', '0', '0', '2', '规范性文件', '3', '3', '40'])
    expect([v['normative_docs.issued'], v['normative_docs.in_force'], v['regulations.in_force']]).toEqual([3, 40, 2])
  })

  it('padding cells in `|` rows: `| 行政许可 | 1234 | ||`', () => {
    const v = base(['| 第二十条第（五）项 | |||', '| 信息内容 | 本年处理决定数量 | ||', '| 行政许可 | 1234 | ||', '| 第二十条第（六）项 | |||', '| 信息内容 | 本年处理决定数量 | ||', '| 行政处罚 | 56 | ||', '| 行政强制 | | ||'])
    expect([v['licensing.decisions'], v['penalty.decisions'], v['coercion.decisions']]).toEqual([1234, 56, undefined])
  })

  it('blank cells as lines of spaces: the row is left absent rather than read in the wrong column', () => {
    // 2019 format: 行政许可 has 上一年项目数量 148 and nothing else; 148 is not 处理决定数量.
    const v = base(['第二十条第（五）项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可', ' ', ' 148', ' ', ' ', ' ', ' '])
    expect(v['licensing.decisions']).toBeUndefined()
  })

  it('cells one per line with a bare `|` line between them (xjnlk.gov.cn/xjnlk/c112945/202401/46aba5e181454bc798b5443c493da056.shtml)', () => {
    const v = base(['第二十条第（一）项', '|', '信息内容', '|', '本年制发件数', '|', '本年废止件数', '|', '现行有效件数', '|', '规章', '|', '0', '|', '0', '|', '4', '|', '行政规范性文件', '|', '1', '|', '0', '|', '3', '|'])
    expect([v['regulations.in_force'], v['normative_docs.issued'], v['normative_docs.in_force']]).toEqual([4, 1, 3])
  })
})

describe('a table cut short', () => {
  it('a category whose sub-rows are not all there is absent, not the sum of those that are', () => {
    // The page stops after 不予公开 5: 6–8 are missing, and no (七) row pins them.
    const rows = ROWS.slice(0, 9).map(tabRow)
    const v = values(report(rows))
    expect(v['applications.denied']).toBeUndefined()
    expect(v['applications.granted']).toBe(4)
  })
})
