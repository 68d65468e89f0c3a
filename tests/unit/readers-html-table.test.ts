/** Web-page tables read cell by cell, colspan and rowspan honoured (reader contract: src/readers/types.ts). */
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../src/parser/index'
import { page, pageLines, readPage } from './readers-helpers'

const td = (text: string | number, attrs = '') => `<td${attrs ? ` ${attrs}` : ''}>${text}</td>`
const tr = (...cells: string[]) => `<tr>${cells.join('')}</tr>`
const seven = (v: number[]) => [...v, v.reduce((a, b) => a + b, 0)].map(n => td(n)).join('')

describe('web-page tables', () => {
  it('one line per row, cells joined by tabs in column order, colspan positions empty', async () => {
    const lines = await pageLines(page(`<table>
      ${tr(td('第二十条第（五）项', 'colspan="4"'))}
      ${tr(td('信息内容'), td('本年处理决定数量', 'colspan="3"'))}
      ${tr(td('行政许可'), td('5147', 'colspan="3"'))}
      ${tr(td('规章'), td('0'), td(''), td('3'))}
    </table>`))
    expect(lines).toEqual(['第二十条第（五）项', '信息内容\t本年处理决定数量', '行政许可\t5147', '规章\t0\t\t3'])
  })

  it('a rowspan cell stands on its first row only; the rows it covers have an empty cell there', async () => {
    const lines = await pageLines(page(`<table>
      ${tr(td('（三）不予公开', 'rowspan="3"'), td('1.属于国家秘密'), td(0))}
      ${tr(td('2.其他法律行政法规禁止公开'), td(1))}
      ${tr(td('3.危及“三安全一稳定”'), td(2))}
      ${tr(td('（四）无法提供'), td('1.本机关不掌握相关政府信息'), td(3))}
    </table>`))
    expect(lines).toEqual([
      '（三）不予公开\t1.属于国家秘密\t0',
      '\t2.其他法律行政法规禁止公开\t1',
      '\t3.危及“三安全一稳定”\t2',
      '（四）无法提供\t1.本机关不掌握相关政府信息\t3',
    ])
  })

  it('a number spanning two rows is written once, never counted twice', async () => {
    const lines = await pageLines(page(`<table>${tr(td('行政处罚'), td('12', 'rowspan="2"'))}${tr(td('行政强制'))}</table>`))
    expect(lines).toEqual(['行政处罚\t12', '行政强制'])
  })

  it('nested spans: a colspan+rowspan header block shifts the cells of the rows it covers', async () => {
    const lines = await pageLines(page(`<table>
      ${tr(td('说明', 'colspan="2" rowspan="2"'), td('申请人情况', 'colspan="2"'))}
      ${tr(td('自然人'), td('总计'))}
      ${tr(td('一、本年新收'), td(''), td(4), td(4))}
    </table>`))
    expect(lines).toEqual(['说明\t\t申请人情况', '\t\t自然人\t总计', '一、本年新收\t\t4\t4'])
  })

  it('a cell\'s paragraphs join into one cell: no space between Chinese characters, a space otherwise', async () => {
    const lines = await pageLines(page(`<table>${tr(td('<p>商业</p><p>企业</p>'), td('<p>12345</p><p>热线</p>'), td('a<br>b'), td('1\t2'))}</table>`))
    expect(lines).toEqual(['商业企业\t12345 热线\ta b\t1 2'])
  })

  it('th cells, thead/tbody/tfoot and a caption are read in order', async () => {
    const lines = await pageLines(page(`<table><caption>表1</caption><thead>${tr('<th>信息内容</th><th>数量</th>')}</thead><tbody>${tr(td('行政许可'), td(7))}</tbody><tfoot>${tr(td('合计'), td(7))}</tfoot></table>`))
    expect(lines).toEqual(['表1', '信息内容\t数量', '行政许可\t7', '合计\t7'])
  })

  it('a layout table (holding other tables, or a single cell) is read as blocks around its data tables', async () => {
    const lines = await pageLines(page(`<table><tr><td><p>一、总体情况</p><p>正文。</p>
      <table>${tr(td('行政许可'), td(9))}</table></td></tr></table>
      <table><tr><td>单独一格的说明文字</td></tr></table>`))
    expect(lines).toEqual(['一、总体情况', '正文。', '行政许可\t9', '单独一格的说明文字'])
  })

  it('absurd spans are clamped and broken rows do not throw', async () => {
    const doc = await readPage(page(`<table>${tr(td('a', 'colspan="99999" rowspan="-3"'), td('b', 'rowspan="abc"'))}${tr('<td>c')}</table>`))
    expect(doc.checks).toEqual([])
    expect(doc.text.split('\n')[1]).toBe('c')
  })
})

describe('web-page tables through the parser', () => {
  /** Section 三 as CMS pages render it (2021 format), with the group labels as rowspans. */
  function requestsTable(): string {
    const z = [0, 0, 0, 0, 0, 0]
    const sub = (group: string, labels: string[], values: (i: number) => number[]) => labels.map((l, i) =>
      tr(...(i === 0 ? [td(group, `rowspan="${labels.length}"`)] : []), td(l), seven(values(i)))).join('')
    return `<table>
      ${tr(td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'colspan="3" rowspan="3"'), td('申请人情况', 'colspan="7"'))}
      ${tr(td('自然人', 'rowspan="2"'), td('法人或其他组织', 'colspan="5"'), td('总计', 'rowspan="2"'))}
      ${tr(td('商业企业'), td('科研机构'), td('社会公益组织'), td('法律服务机构'), td('其他'))}
      ${tr(td('一、本年新收政府信息公开申请数量', 'colspan="3"'), seven([3, 1, 0, 0, 0, 0]))}
      ${tr(td('二、上年结转政府信息公开申请数量', 'colspan="3"'), seven(z))}
      ${tr(td('三、本年度办理结果', 'rowspan="22"'), td('（一）予以公开', 'colspan="2"'), seven([1, 0, 0, 0, 0, 0]))}
      ${tr(td('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'colspan="2"'), seven(z))}
      ${sub('（三）不予公开', ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'], i => (i === 5 ? [1, 1, 0, 0, 0, 0] : z))}
      ${sub('（四）无法提供', ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'], i => (i === 0 ? [1, 0, 0, 0, 0, 0] : z))}
      ${sub('（五）不予处理', ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'], () => z)}
      ${sub('（六）其他处理', ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他'], () => z)}
      ${tr(td('（七）总计', 'colspan="2"'), seven([3, 1, 0, 0, 0, 0]))}
      ${tr(td('四、结转下年度继续办理', 'colspan="3"'), seven(z))}
    </table>`
  }

  it('group labels such as （三）不予公开 on their first row only: every row is recognised and every category summed', async () => {
    const doc = await readPage(page(`<p>某县2023年政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p>${requestsTable()}`))
    const report = parseReport(doc.text, { sourceFormat: 'html' })
    const values = Object.fromEntries(report.observations.map(o => [o.indicator, o.value]))
    expect(values).toMatchObject({
      'applications.new': 4,
      'applications.carried_in': 0,
      'applications.granted': 1,
      'applications.partially_granted': 0,
      'applications.denied': 2,
      'applications.unavailable': 1,
      'applications.not_processed': 0,
      'applications.other': 0,
      'applications.closed': 4,
      'applications.carried_out': 0,
    })
    expect(report.checks.filter(c => c.id.startsWith('applications.') || c.id.startsWith('table.'))).toEqual([])
  })
})
