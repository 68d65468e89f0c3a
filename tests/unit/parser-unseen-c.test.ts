/**
 * Patterns found on the third held-out set (set C, docs/parser.md "Unseen
 * reports"). Each sentence is written for this test in the manner of the
 * report cited beside it (numbers and names changed), inside a minimal county
 * report, with a look-alike the rule must not fire on.
 */
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../src/parser/index'

const HEAD = '某县人民政府2023年政府信息公开工作年度报告\n\n本报告统计数据从2023年1月1日至12月31日。\n\n一、总体情况\n\n'

function report(text: string) {
  return parseReport(HEAD + text)
}

function read(text: string): Record<string, string> {
  return Object.fromEntries(report(text).observations.filter(o => o.source === 'text' || o.source === 'derived').map(o => [o.indicator, `${o.value}${o.unit}${o.approx ? '≈' : ''}`]))
}

function uncertain(text: string): string[] {
  return report(text).checks.filter(c => c.id === 'text.uncertain').map(c => `${c.variant}:${c.indicator}`)
}

describe('figures listed with 分别 (respectively)', () => {
  it('each account gets its own figure, not the first figure for all (gztongzi.gov.cn … t20240129_83645343.html)', () => {
    expect(read('通过“某县发布”微博、微信公众号全年分别累计发布信息410条、860条。'))
      .toEqual({ 'newmedia.weibo_posts': '410条', 'newmedia.wechat_posts': '860条', 'newmedia.posts': '1270条' })
  })

  it('a website and an account: the site\'s figure is the site\'s, and neither is all items', () => {
    expect(read('2023年，县政府门户网站、微信公众号分别发布信息3200条、900条。'))
      .toEqual({ 'disclosure.website_items': '3200条', 'newmedia.wechat_posts': '900条', 'newmedia.posts': '900条' })
  })

  it('rates listed the same way', () => {
    expect(read('2023年，12345热线办结率、满意率分别为98.5%、97%。'))
      .toEqual({ 'hotline.completion_rate': '98.5%', 'hotline.satisfaction_rate': '97%' })
  })

  it('three things and two figures cannot be paired: nothing is read, and a check says why', () => {
    const text = '通过微博、微信公众号和头条号全年分别发布信息410条、860条。'
    expect(read(text)).toEqual({})
    expect(uncertain(text)).toContain('unpaired:newmedia.posts')
  })
})

describe('section 三 and 四 figures stated in a sentence about requests', () => {
  it('reviews and suits caused by disclosure requests (lishui.gov.cn/art/2025/3/7/art_1229850027_100030.html)', () => {
    expect(read('全年因政府信息公开申请引起的行政复议12件，行政诉讼3件。'))
      .toEqual({ 'review.total': '12件', 'litigation.total': '3件' })
  })

  it('a review in the sentence after the requests (gztongzi.gov.cn … t20240129_83645343.html)', () => {
    expect(read('（二）依申请公开\n2023年，我办共收到依申请公开信件20件，已办结20件。被行政复议2件，为其他结果。'))
      .toEqual({ 'applications.new': '20件', 'review.total': '2件' })
  })

  it('not reviews the agency handles itself, nor one kind of suit, nor reviews outside a sentence about requests', () => {
    expect(read('全年共收到依申请公开5件。办理行政复议案件56件。')).toEqual({ 'applications.new': '5件' })
    expect(read('全年共收到依申请公开5件，未经复议直接起诉2件。')).toEqual({ 'applications.new': '5件' })
    expect(read('全年行政处罚被申请行政复议7件。')).toEqual({})
  })

  it('requests carried over, stated beside the new ones (hangzhou.gov.cn/art/2024/1/22/art_1229063423_4234584.html)', () => {
    expect(read('2023年，我委收到政府信息公开申请40件，上年度结转1件，本年度办结38件。'))
      .toEqual({ 'applications.new': '40件', 'applications.carried_in': '1件' })
  })
})

describe('section 二 (一) figures in prose (cqck.gov.cn … t20210203_8862455_wap.html)', () => {
  it('documents issued and in force', () => {
    expect(read('全年共公开政府信息3100条，其中新制定行政规范性文件12件，清理并公开现行有效的行政规范性文件95件。'))
      .toEqual({ 'disclosure.items': '3100条', 'normative_docs.issued': '12件', 'normative_docs.in_force': '95件' })
  })

  it('documents reviewed or filed are not documents issued', () => {
    expect(read('全年清理行政规范性文件30件，报送备案规范性文件3件。')).toEqual({})
  })
})

describe('lists of kinds ending in 等', () => {
  it('a long list, then what the kinds add up to (hbdaye.gov.cn … t20260126_1303171.html)', () => {
    expect(read('全年通过政府网站主动公开财政预决算、招生入学政策、教师招聘信息、社保政策、办事指南等群众关心的信息共计120条。'))
      .toEqual({ 'disclosure.website_items': '120条' })
  })

  it('a list of two kinds and the figure right after 等 (peace.jingjiang.gov.cn … art_27eeca63557f4d8a80d0075411ae1d9b.html)', () => {
    expect(read('2021年我局在门户网站主动发布通知公告、工作动态等75条。')).toEqual({ 'disclosure.website_items': '75条' })
  })

  it('a list made mostly of one campaign\'s topics is still that campaign', () => {
    expect(read('全年累计发布疫情防控、复工复产、稳岗就业等相关信息587条。')).toEqual({})
  })

  it('共有 says it is the total (admin.rwldrm.com/html/nianbao/14005.html)', () => {
    expect(read('一年来主动公开信息共有44条，未收到依申请公开信息。')).toEqual({ 'disclosure.items': '44条' })
  })
})

describe('a 2019-form row label with its note (tianmen.gov.cn … t20200114_2007762.shtml)', () => {
  it('规范性文件（指…的文件） is the normative documents row', () => {
    const text = [
      '二、主动公开政府信息情况',
      '第二十条第(一)项 | |||',
      '信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 |',
      '规章 |',
      '|',
      '|',
      '|',
      '规范性文件（指各行政机关印发的有正式文号的文件） | 3 | 1 | 70 |',
      '三、收到和处理政府信息公开申请情况',
    ].join('\n')
    const got = Object.fromEntries(report(text).observations.filter(o => o.source === 'table').map(o => [o.indicator, o.value]))
    expect(got).toEqual({ 'normative_docs.issued': 3, 'normative_docs.in_force': 70 })
  })
})

describe('found on set D (run once after the fixes for set C)', () => {
  it('how requests were answered, in the table\'s words (nanjing.gov.cn … t20230220_3830939.html)', () => {
    expect(read('2022年，全区共收到政府信息公开申请90件，其中予以公开30件；不予公开12件；无法提供20件；不予处理2件；其他处理6件。'))
      .toEqual({ 'applications.new': '90件', 'applications.granted': '30件', 'applications.denied': '12件', 'applications.unavailable': '20件', 'applications.not_processed': '2件', 'applications.other': '6件' })
  })

  it('two outcomes counted together are neither', () => {
    expect(read('2022年，全区共收到政府信息公开申请90件，其中予以公开或部分公开41件。')).toEqual({ 'applications.new': '90件' })
  })

  it('requests as 请求, and those carried into next year (qxn.gov.cn … t20230320_78593121.html)', () => {
    expect(read('2022年，共收到7件依申请公开请求，结转下年度继续办理1件。'))
      .toEqual({ 'applications.new': '7件', 'applications.carried_out': '1件' })
  })

  it('a bare `|` line is an empty cell where cells are set one per line with their pipe (hanyang.gov.cn … t20230119_2136694.shtml)', () => {
    const text = [
      '二、主动公开政府信息情况',
      '第二十条第(一)项 | |||',
      '信息内容 |', '本年制发件数 |', '本年废止件数 |', '现行有效件数 |',
      '|',
      '规章 |', '0 |', '0 |', '|',
      '|',
      '行政规范性文件 |', '4 |', '9 |', '7 |',
      '|',
      '三、收到和处理政府信息公开申请情况',
    ].join('\n')
    const got = Object.fromEntries(report(text).observations.filter(o => o.source === 'table').map(o => [o.indicator, o.value]))
    expect(got).toEqual({ 'regulations.issued': 0, 'regulations.abolished': 0, 'normative_docs.issued': 4, 'normative_docs.abolished': 9, 'normative_docs.in_force': 7 })
  })
})
