import { describe, expect, it } from 'vitest'
import { neutralizeCell, plainNumber, restoreCell, toCsv } from '../../src/export/csv'
import { parseReport } from '../../src/parser/index'

/** The data rows of a CSV (BOM and header dropped). */
function rows(csv: string): string[] {
  return csv.replace(/^\uFEFF/, '').split('\r\n').slice(1)
}

describe('CSV cells a spreadsheet reads (issue 14 item 10)', () => {
  it('writes numbers as plain numbers, never as neutralised text', () => {
    expect(rows(toCsv(['v'], [[-1e-7], [-3], [1e21], [-2.5e-10], [0.30000000000000004]]))).toEqual([
      '-0.0000001',
      '-3',
      '1000000000000000000000',
      '-0.00000000025',
      '0.30000000000000004',
    ])
  })

  it('writes numbers that parse back to the same double', () => {
    for (const n of [1e-7, -1.2345e-15, 9007199254740991, 1.5e300, 5e-324, -0, 123.456])
      expect(Number(plainNumber(n))).toBe(n === 0 ? 0 : n)
  })

  it('neutralises a formula behind a leading space or tab, and a full-width ＝', () => {
    for (const cell of [' =1+1', '\t=cmd', '  @SUM(A1)', '＝HYPERLINK("http://x")', '＋1', ' -2+3', '\u3000=1'])
      expect(neutralizeCell(cell), JSON.stringify(cell)).toBe(`'${cell}`)
  })

  it('leaves text that is no formula alone', () => {
    for (const cell of ['盐池县', 'a=b', '1-2 月', '-3', '1.5e-7'])
      expect(neutralizeCell(cell)).toBe(cell)
  })

  it('restores exactly what it neutralised', () => {
    for (const cell of [' =1+1', '\'＝x', '\'\' @y', '＝', '\tx', '\'plain', '-1e-7', '=', '\'', ''])
      expect(restoreCell(neutralizeCell(cell)), JSON.stringify(cell)).toBe(cell)
  })
})

describe('summed text values are derived', () => {
  it('labels the sum of two accounts\' figures derived, a single stated figure text', () => {
    const text = [
      '盐池县审批服务管理局2023年政府信息公开工作年度报告',
      '一、总体情况',
      '全年盐池县审批服务管理局微信公众号累计更新发布信息 71 篇，累计阅读 3955 次，盐池县政务服务中心微信公众号累计更新发布信息 175 篇，累计阅读 2872 次。',
      '12345热线全年受理群众诉求 8652 件。',
    ].join('\n')
    const obs = parseReport(text, { file: 'x.txt' }).observations
    const posts = obs.find(o => o.indicator === 'newmedia.wechat_posts')!
    expect(posts.value).toBe(246)
    expect(posts.source).toBe('derived')
    expect(obs.find(o => o.indicator === 'hotline.received')?.source).toBe('text')
  })
})
