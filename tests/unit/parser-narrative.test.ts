/**
 * Text indicators on wording the five bundled reports do not use: the rules
 * follow the language of these reports, not one file's sentences. Each case
 * is one sentence inside a minimal report.
 */
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../src/parser/index'

const HEAD = '贺兰县人民政府2022年政府信息公开工作年度报告\n\n本报告统计数据从2022年1月1日至12月31日。\n\n一、总体情况\n\n'

function read(sentence: string): Record<string, string> {
  const r = parseReport(HEAD + sentence)
  return Object.fromEntries(r.observations.map(o => [o.indicator, `${o.value}${o.unit}${o.approx ? '≈' : ''}`]))
}

describe('text indicators on other reports\' wording', () => {
  it.each([
    ['全年12345政务服务便民热线共受理群众诉求12,345件，办结12,210件，办结率98.9%，群众满意率97.2%。',
      { 'hotline.received': '12345件', 'hotline.completed': '12210件', 'hotline.completion_rate': '98.9%', 'hotline.satisfaction_rate': '97.2%' }],
    ['2022年，县12345热线共接到群众来电3.2万余件，按时办结率99.1%。',
      { 'hotline.received': '32000件≈', 'hotline.on_time_rate': '99.1%' }],
    ['县政务服务中心共进驻部门32个、窗口86个，进驻事项1056项，全年办件量28.6万件。',
      { 'hall.departments': '32家', 'hall.items': '1056项', 'hall.cases': '286000件' }],
    ['开通政务微博1个、微信公众号2个，全年通过微信公众号发布信息1,236条，通过政务微博发布信息845条。',
      { 'newmedia.accounts': '3个', 'newmedia.posts': '2081条', 'newmedia.wechat_posts': '1236条', 'newmedia.weibo_posts': '845条' }],
    ['政府门户网站全年发布各类信息2315条，其中政务动态1200条。',
      { 'disclosure.website_items': '2315条' }],
    ['全年共发布政策解读稿件23篇，其中图文解读15篇。',
      { 'policy.interpretations': '23件' }],
    ['政务服务事项网上可办率达95%，全程网办率达到80%。',
      { 'online.rate': '95%' }],
    ['全年主动公开政府信息6,532条。',
      { 'disclosure.items': '6532条' }],
    ['微信公众号累计阅读量达12.5万次。',
      { 'newmedia.reads': '125000次' }],
    ['政务新媒体共发布信息3000余条，其中微信公众号2000余条、微博1000余条。',
      { 'newmedia.posts': '3000条≈', 'newmedia.wechat_posts': '2000条≈', 'newmedia.weibo_posts': '1000条≈' }],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected)
  })
})

describe('numbers that are not the indicator stay absent', () => {
  it.each([
    ['2022 年办结领导信箱、12345 信箱、网民留言等 169 条。', 'a mailbox is not the hotline'],
    ['疫情防控领域方面,年内共受理答复“12345”政务服务热线工单 167 起。', 'figures of one domain are not the agency\'s totals'],
    ['2019年新进驻运管所、税务局等8家单位共计189项事项。', 'newly stationed units are not the hall\'s total'],
    ['乡镇便民服务中心进驻事项45项，进驻人员12名。', 'township service points are not the county hall'],
    ['2019年网上办件6.8万余件。', 'online cases are not hall cases'],
    ['一年来群众查询浏览近 5000 人次。', 'reading-room visits are not new-media reads'],
    ['主动公开部门动态信息 17 条、文件 15 条。', 'one kind of information is not the total'],
    ['制作《减税降费政策选编》等政策图解 14 条，政策图解率达到 100%。', 'graphic explainers are not a count of interpretations'],
    ['将政务公开工作纳入效能目标责任制考核，赋分权重为 1%。', 'a weight is not a rate'],
  ])('%s (%s)', (sentence) => {
    expect(read(sentence)).toEqual({})
  })

  it('breakdowns in parentheses are not totals (灵武市 2021)', () => {
    expect(read('2021 年，我局主动公开信息 518 条，其中在灵武市人民政府网站公开发布信息 349 条（信息公开年报 1 条，信息公开指南 1 条）。'))
      .toEqual({ 'disclosure.items': '518条', 'disclosure.website_items': '349条' })
  })

  it('a topic carries to the next sentence only (中宁县 2019)', () => {
    expect(read('三是发挥政务热线电话。及时受理、转办群众投诉，今年共受理群众诉求5606件。四是设置查阅点，共受理查询申请12件。'))
      .toEqual({ 'hotline.received': '5606件' })
  })
})
