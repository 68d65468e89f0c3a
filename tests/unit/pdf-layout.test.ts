/**
 * The PDF layout on hand-made pages (text items and ruling lines, no PDF):
 * one test per situation the published reports show — CJK lines, column
 * gaps, page furniture, ruled tables with wrapped labels, cells and group
 * labels, tables across page breaks, paragraphs across lines and pages.
 */
import { describe, expect, it } from 'vitest'
import { layoutDocument } from '../../src/readers/pdf/layout-document'
import { layoutLines } from '../../src/readers/pdf/layout-lines'
import { bodyLine, gridRules, hline, item, page, verticalItem, vline } from './pdf-fixtures'

const lines = (text: string) => text.replace(/\n$/, '').split('\n')

describe('lines from text items', () => {
  it('joins the pieces of a Chinese line without spaces, but keeps the space beside a number', () => {
    const out = layoutLines([item('政府信息公', 72, 100), item('开工作', 121, 100), item('2023', 153, 100), item('年', 175, 100), item('共', 186, 100)])
    expect(out.map(l => l.text)).toEqual(['政府信息公开工作 2023 年共'])
  })

  it('removes the spaces pdf.js puts between letter-spaced Chinese characters, not those beside digits', () => {
    expect(layoutLines([item('商 业 企 业', 72, 100), item('邮 编 ： 223100 ，', 200, 100)]).map(l => l.text)).toEqual(['商业企业\t邮编： 223100 ，'])
  })

  it('turns a column gap into a tab (a table drawn without borders)', () => {
    expect(layoutLines([item('行政许可', 72, 100), item('550', 300, 100), item('件', 400, 100)]).map(l => l.text)).toEqual(['行政许可\t550\t件'])
  })

  it('keeps items of different sizes on one line when they share its height, and separates lines', () => {
    const out = layoutLines([item('一、本年新收', 72, 101, 10), item('21', 300, 99, 14), item('二、上年结转', 72, 130, 10), item('0', 300, 128, 14)])
    expect(out.map(l => l.text)).toEqual(['一、本年新收\t21', '二、上年结转\t0'])
  })
})

describe('page furniture', () => {
  it('drops page numbers and a running head, keeps the body (a lone number in the text too)', () => {
    const numbers = ['- 1 -', '— 2 —', '第3页 共3页']
    const pages = numbers.map((n, i) => page([
      item('淮安市人民政府文件', 250, 30),
      bodyLine(`正文第${i + 1}页。`, 100, 2),
      bodyLine('3', 300, 2),
      item(n, 280, 800, 12),
    ]))
    expect(lines(layoutDocument(pages).text)).toEqual(['正文第1页。', '3', '正文第2页。', '3', '正文第3页。', '3'])
  })

  it('keeps the title on page one (it does not repeat)', () => {
    const out = layoutDocument([page([item('洪泽区人民政府', 220, 60, 22), bodyLine('正文。', 200, 2)]), page([bodyLine('正文。', 100, 2)])])
    expect(lines(out.text)[0]).toBe('洪泽区人民政府')
  })
})

describe('ruled tables', () => {
  it('reads one row per line, cells in column order, an empty cell as an empty string', () => {
    const rules = gridRules([70, 200, 300, 400], [100, 130, 160])
    const items = [item('信息内容', 80, 110), item('本年制发件数', 205, 110), item('本年废止件数', 305, 110), item('规章', 80, 140), item('0', 245, 140)]
    expect(lines(layoutDocument([page(items, rules)]).text)).toEqual(['信息内容\t本年制发件数\t本年废止件数', '规章\t0\t'])
  })

  it('joins a row label that wraps onto two or three lines into one cell beside its values', () => {
    const rules = gridRules([70, 250, 300], [100, 140, 190])
    const items = [
      item('（二）部分公开（区分处理的，只计这一情', 72, 105, 9),
      item('4', 270, 113, 14),
      item('形，不计其他情形）', 72, 120, 9),
      item('1、申请人无正当理由逾期不补', 72, 145, 9),
      item('正、行政机关不再处理其政府信', 72, 158, 9),
      item('71', 268, 158, 14),
      item('息公开申请', 72, 171, 9),
    ]
    expect(lines(layoutDocument([page(items, rules)]).text)).toEqual([
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t4',
      '1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t71',
    ])
  })

  it('joins a header cell that wraps (商业 / 企业); a header spans its columns; an empty cell is still a cell', () => {
    const rules = [
      hline(70, 300, 100), hline(200, 300, 120), hline(70, 300, 150), hline(70, 300, 170),
      vline(70, 100, 170), vline(200, 100, 170), vline(250, 120, 170), vline(300, 100, 170),
    ]
    const items = [item('申请人情况', 210, 105), item('商业', 205, 125), item('企业', 205, 137), item('科研', 255, 125), item('机构', 255, 137), item('一、本年新收', 72, 155), item('3', 220, 155), item('0', 270, 155)]
    expect(lines(layoutDocument([page(items, rules)]).text)).toEqual(['\t申请人情况', '\t商业企业\t科研机构', '一、本年新收\t3\t0'])
  })

  it('gives a group label spanning rows (（三）不予公开) to its first row and an empty cell to the others', () => {
    const rules = [
      vline(70, 100, 160), vline(130, 100, 160), vline(250, 100, 160), vline(300, 100, 160),
      hline(70, 300, 100), hline(130, 300, 120), hline(130, 300, 140), hline(70, 300, 160),
    ]
    const items = [
      item('（三）不予公开', 72, 126, 8),
      item('1.属于国家秘密', 132, 105), item('0', 270, 105),
      item('2.其他法律', 132, 125), item('1', 270, 125),
      item('3.危及', 132, 145), item('2', 270, 145),
    ]
    expect(lines(layoutDocument([page(items, rules)]).text)).toEqual(['（三）不予公开\t1.属于国家秘密\t0', '\t2.其他法律\t1', '\t3.危及\t2'])
  })

  it('reads the vertical label 三、本年度办理结果, written as one vertical run or one character per line', () => {
    const rules = [
      vline(70, 100, 200), vline(90, 100, 200), vline(250, 100, 200), vline(300, 100, 200),
      hline(70, 300, 100), hline(90, 300, 150), hline(70, 300, 200),
    ]
    const rows = [item('（一）予以公开', 95, 120), item('0', 270, 120), item('（二）部分公开', 95, 170), item('4', 270, 170)]
    const run = layoutDocument([page([verticalItem('三、本年度办理结果', 75, 105, 8), ...rows], rules)])
    const stacked = layoutDocument([page([...['三、', '本', '年', '度', '办', '理', '结', '果'].map((ch, i) => item(ch, 74, 105 + i * 11, 8)), ...rows], rules)])
    const expected = ['三、本年度办理结果\t（一）予以公开\t0', '\t（二）部分公开\t4']
    expect(lines(run.text)).toEqual(expected)
    expect(lines(stacked.text)).toEqual(expected)
  })

  it('reads the last row of a table a page break cut off (side borders, no bottom border)', () => {
    const rules = [vline(70, 100, 180), vline(200, 100, 180), vline(300, 100, 180), hline(70, 300, 100), hline(70, 300, 140)]
    const items = [item('1.本机关不掌握相关政府信息', 72, 115, 8), item('10', 240, 115), item('2.没有现成信息需要另行制作', 72, 160, 8), item('3', 245, 160)]
    expect(lines(layoutDocument([page(items, rules)]).text)).toEqual(['1.本机关不掌握相关政府信息\t10', '2.没有现成信息需要另行制作\t3'])
  })
})

describe('a table continued on the next page', () => {
  const xs = [70, 130, 250, 300]
  const cut = (rows: [string, string, string][], top: number) => {
    const ys = rows.map((_, i) => top + i * 20)
    ys.push(top + rows.length * 20)
    const items = rows.flatMap(([group, label, value], i) => [
      ...(group ? [item(group, 72, ys[i]! + 5, 8)] : []),
      ...(label ? [item(label, 132, ys[i]! + 5, 8)] : []),
      ...(value ? [item(value, 270, ys[i]! + 5)] : []),
    ])
    return { items, rules: gridRules(xs, ys) }
  }

  it('is one table: the page number between its parts is dropped and its rows follow each other', () => {
    const a = cut([['', '7.属于行政执法案卷', '9'], ['', '8.属于行政查询事项', '105']], 700)
    const b = cut([['（五）不予处理', '1.信访举报投诉类申请', '62']], 80)
    const out = layoutDocument([page([...a.items, item('- 4 -', 280, 800, 12)], a.rules), page(b.items, b.rules)])
    expect(lines(out.text)).toEqual(['\t7.属于行政执法案卷\t9', '\t8.属于行政查询事项\t105', '（五）不予处理\t1.信访举报投诉类申请\t62'])
  })

  it('joins a group label the break cut (（四）无 ⏎ 法提供)', () => {
    const a = cut([['（四）无', '1.本机关不掌握相关政府信息', '746']], 760)
    const b = cut([['法提供', '2.没有现成信息需要另行制作', '11'], ['', '3.补正后申请内容仍不明确', '1']], 80)
    // The group cell on the second page spans its two rows.
    b.rules = b.rules.filter(r => !(r.y0 === 100 && r.x0 === 70))
    b.rules.push(hline(130, 300, 100))
    const out = layoutDocument([page(a.items, a.rules), page(b.items, b.rules)])
    expect(lines(out.text)).toEqual(['（四）无法提供\t1.本机关不掌握相关政府信息\t746', '\t2.没有现成信息需要另行制作\t11', '\t3.补正后申请内容仍不明确\t1'])
  })

  it('makes a row whose label is above the break and whose numbers are below it one row', () => {
    const a = cut([['', '4.无正当理由大量反复申请', '0'], ['', '5.要求行政机关确认或重新出', '']], 740)
    const b = cut([['', '具已获取信息', '1'], ['（六）其他处理', '', '0']], 80)
    const out = layoutDocument([page(a.items, a.rules), page(b.items, b.rules)])
    expect(lines(out.text)).toEqual(['\t4.无正当理由大量反复申请\t0', '\t5.要求行政机关确认或重新出具已获取信息\t1', '（六）其他处理\t\t0'])
  })

  it('never merges two complete rows that meet at the break', () => {
    const a = cut([['', '行政许可', '550']], 760)
    const b = cut([['', '行政处罚', '4119']], 80)
    const out = layoutDocument([page(a.items, a.rules), page(b.items, b.rules)])
    expect(lines(out.text)).toEqual(['\t行政许可\t550', '\t行政处罚\t4119'])
  })
})

describe('paragraphs', () => {
  const full = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八'
  it('joins the lines of a paragraph, across a page break too; an indented line starts a new one', () => {
    const p1 = page([
      bodyLine(`${full.slice(0, 26)}`, 100, 2),
      bodyLine(full, 127),
      bodyLine('完。', 154),
      bodyLine(`${full.slice(0, 26)}`, 181, 2),
      bodyLine(full, 208),
      item('- 1 -', 280, 800, 12),
    ])
    const p2 = page([bodyLine('续完。', 80), item('- 2 -', 280, 800, 12)])
    expect(lines(layoutDocument([p1, p2]).text)).toEqual([`${full.slice(0, 26)}${full}完。`, `${full.slice(0, 26)}${full}续完。`])
  })

  it('does not join a short line (a heading) to the next', () => {
    const out = layoutDocument([page([bodyLine('一、总体情况', 100, 2), bodyLine(full, 127), bodyLine(full, 154)])])
    expect(lines(out.text)).toEqual(['一、总体情况', full + full])
  })
})

describe('pages without text', () => {
  it('gives no text and names the empty pages', () => {
    expect(layoutDocument([page([]), page([])])).toEqual({ text: '', emptyPages: [1, 2] })
  })
})
