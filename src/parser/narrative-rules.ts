/**
 * Sentence rules for the text indicators of spec §4. A rule fires on a number
 * when the words right before it (`prefix`, from the clause start or the
 * previous number) name the quantity, the unit fits, and the sentence is about
 * the right thing (`topic`). Rules follow the prescribed report language, not
 * one report's wording.
 */

import type { Scope } from './narrative-scope'

export type Topic = 'hotline' | 'hall' | 'newmedia' | 'requests'

export interface TextRule {
  indicator: string
  /** Units the number may carry in the text. */
  units: readonly string[]
  /** Unit stored; `null` keeps the unit as written (篇/条 both mean posts). */
  unit: string | null
  /** Must match the text right before the number (end-anchored). */
  prefix: RegExp
  /** Must not match that text. */
  prefixNot?: RegExp
  /** Must match somewhere in that text (not necessarily at its end). */
  prefixHas?: RegExp
  /** Must match the text right after the mention (e.g. `进驻41家单位`). */
  suffix?: RegExp
  /** Must match the rest of the clause after the mention (`对29项…文件进行解读`). */
  after?: RegExp
  /** The sentence must be about this (or carry it from the previous sentence). */
  topic?: Topic
  /** The words leading to the figure (from its clause's start or the previous figure) must / must not mention these. */
  clauseHas?: RegExp
  clauseNot?: RegExp
  /** Percentages cannot exceed 100. */
  max?: number
  /**
   * `single`: one value (differing values → ambiguous, left absent);
   * `sum`: summed over accounts (e.g. two WeChat accounts), a stated total wins.
   */
  combine: 'single' | 'sum'
  /** For `sum`: a mention of the total (not one account) — it wins over the parts. */
  totalWhen?: RegExp
  /**
   * What the indicator's whole is (narrative-scope.ts): `agency` (the
   * agency's own total: a column, a domain, another unit or a sentence that
   * does not say it is the whole give none), `channel` (one channel's total),
   * `reads`, `accounts`, `service` (hotline, hall: only a month or quarter is a part).
   */
  scope?: Scope
  /** Channels the figure may be given for: `across` none or several, `website` the site alone. */
  channel?: 'across' | 'website'
  /** Candidates whose words match this win over the indicator's others (`新收` over `受理`). */
  prefer?: RegExp
}

/** No digits, commas or sentence breaks: the words between a keyword and its number. */
const GAP = '[^，,。；;：:\\d]'
/** Information in general, not one kind of it (`政务类信息`, `动态信息` are kinds): `各类政府信息`, `信息共`. */
const INFO = '(?:各类|各项|相关)?(?:政府|政务)?信息(?:共计|共有|共|总计|合计|累计|总数|总量)?(?:为|达|达到)?\\s*'

/**
 * Kinds of information listed up to 等, then what they add up to:
 * `政务要闻、…便民服务等政府信息共计`, `…促进就业相关举措等群众关心关注的信息`,
 * or a list of two kinds or more ending in 等 right before the figure
 * (`发布公告公示、部门动态等85条`).
 */
const KINDS = `(?:${GAP}{0,90}?等${GAP}{0,10}?信息(?:共计|共有|共|总计|合计|累计)?(?:为|达)?\\s*|${GAP}{0,40}?、${GAP}{0,40}?等(?:共计|共)?\\s*)`

/** What each topic's sentences mention. `12345 信箱` is a mailbox, not the hotline. */
export const TOPICS: Record<Topic, RegExp> = {
  hotline: /热线|12345(?!\s*(?:信箱|邮箱))/,
  hall: /大厅|政务服务中心|市民中心|服务中心|政务中心/,
  newmedia: /微信|公众号|微博|头条|抖音|快手|视频号|新媒体/,
  requests: /依申请|信息公开申请|因(?:政府)?信息公开/,
}

/** Channels through which information is published (for `channel`). */
export const CHANNEL_WORDS: Record<string, RegExp> = {
  website: /网站|门户|网页|官网/,
  newmedia: /微信|公众号|微博|头条|抖音|快手|视频号|新媒体|客户端|APP/,
  print: /公报|报纸|日报|时报|电视|广播/,
  place: /档案馆|图书馆|查阅室|查阅点|查阅场所|公开栏|宣传栏|公示栏|电子屏|显示屏|LED屏/,
  service: /政务服务网|网上办事大厅/,
}

/** New-media accounts named in a clause. */
const ACCOUNTS = /微信|公众号|微博|头条|抖音|快手|视频号|新媒体|客户端/
/** A clause about a website or other channel than new media. */
const WEBSITE = /网站|网页|门户/
/** Stationed in the hall: 进驻 or 入驻. */
const STATIONED = '(?:进驻|入驻)'
/** Township and village service points are not the county's hall. */
const NOT_COUNTY_HALL = /乡镇|村级|村\(|社区|街道|新进驻|新增|新入驻/

const POST_VERB = new RegExp(`(?:发布|推送|更新|公开|发文|刊发|推文|编发|原创|转发)${GAP}{0,10}$|(?:公众号|微博|头条号?|抖音号?|视频号)${GAP}{0,3}$`)

export const TEXT_RULES: readonly TextRule[] = [
  // 12345 hotline
  {
    indicator: 'hotline.received',
    units: ['件', '起', '单', '通', '个', '次'],
    unit: '件',
    // `共办理…热线47件`: handling counted for the year is what the hotline passed on.
    prefix: new RegExp(`(?:受理|转办|接听|接收|接到|收到|登记|承办|交办|(?:共|累计|全年)办理)${GAP}{0,12}$`),
    prefixNot: /办结|满意|回访|信箱|按时|按期|其中|已办理|办理完|正在/,
    topic: 'hotline',
    combine: 'single',
  },
  {
    indicator: 'hotline.completed',
    units: ['件', '起', '单', '个'],
    unit: '件',
    prefix: new RegExp(`(?:办结|办理完结|完成办理|已办理)${GAP.replace(']', '率]')}{0,6}$`),
    prefixNot: /按时|按期|及时办结|未办结|正在|其中/,
    topic: 'hotline',
    combine: 'single',
  },
  {
    indicator: 'hotline.completed_on_time',
    units: ['件', '起', '单', '个'],
    unit: '件',
    prefix: new RegExp(`(?:按时|按期)办结${GAP.replace(']', '率]')}{0,6}$`),
    topic: 'hotline',
    combine: 'single',
  },
  {
    indicator: 'hotline.completion_rate',
    units: ['%'],
    unit: '%',
    prefix: new RegExp(`办结率${GAP}{0,6}$`),
    prefixNot: /按时|按期/,
    topic: 'hotline',
    max: 100,
    combine: 'single',
  },
  {
    indicator: 'hotline.on_time_rate',
    units: ['%'],
    unit: '%',
    prefix: new RegExp(`(?:按时|按期)办结率${GAP}{0,6}$`),
    topic: 'hotline',
    max: 100,
    combine: 'single',
  },
  {
    indicator: 'hotline.satisfaction_rate',
    units: ['%'],
    unit: '%',
    prefix: new RegExp(`满意(?:率|度)${GAP}{0,6}$`),
    topic: 'hotline',
    max: 100,
    combine: 'single',
  },
  // Government service hall
  {
    indicator: 'hall.departments',
    units: ['家', '个'],
    unit: '家',
    prefix: new RegExp(`${STATIONED}${GAP}{0,6}(?:部门|单位)数?${GAP}{0,3}$`),
    prefixNot: NOT_COUNTY_HALL,
    topic: 'hall',
    combine: 'single',
  },
  {
    indicator: 'hall.departments',
    units: ['家', '个'],
    unit: '家',
    prefix: new RegExp(`${STATIONED}了?${GAP}{0,3}$`),
    suffix: /^(?:个)?(?:部门|单位|窗口单位)/,
    prefixNot: NOT_COUNTY_HALL,
    topic: 'hall',
    combine: 'single',
  },
  {
    indicator: 'hall.staff',
    units: ['人', '名'],
    unit: '人',
    prefix: new RegExp(`${STATIONED}${GAP}{0,4}人员数?${GAP}{0,3}$`),
    prefixNot: NOT_COUNTY_HALL,
    topic: 'hall',
    combine: 'single',
  },
  // `窗口工作人员共计227名` in a sentence about the hall.
  {
    indicator: 'hall.staff',
    units: ['人', '名'],
    unit: '人',
    prefix: /(?:窗口)?工作人员(?:共计|共有|共|总数|总计)?(?:为|达)?\s*$/,
    prefixNot: NOT_COUNTY_HALL,
    topic: 'hall',
    combine: 'single',
  },
  {
    indicator: 'hall.items',
    units: ['项', '个'],
    unit: '项',
    prefix: new RegExp(`${STATIONED}${GAP}{0,6}事项数?${GAP}{0,3}$`),
    prefixNot: NOT_COUNTY_HALL,
    topic: 'hall',
    combine: 'single',
  },
  // `进驻了1320余项政务服务事项`: the count before the items.
  {
    indicator: 'hall.items',
    units: ['项', '个'],
    unit: '项',
    prefix: new RegExp(`${STATIONED}了?${GAP}{0,4}$`),
    suffix: /^(?:政务服务|审批服务|行政审批|公共服务|服务)?事项/,
    prefixNot: NOT_COUNTY_HALL,
    topic: 'hall',
    combine: 'single',
  },
  {
    indicator: 'hall.cases',
    units: ['件'],
    unit: '件',
    prefix: new RegExp(`办件量?${GAP}{0,4}$`),
    prefixNot: /网上|网办|掌上|线上|代办|即办|乡镇|村级|社区/,
    topic: 'hall',
    combine: 'single',
  },
  {
    indicator: 'online.rate',
    units: ['%'],
    unit: '%',
    // 网上可办率 (can be done online), not 全程网办率 (done entirely online).
    prefix: new RegExp(`(?:网上可办|网上办理|可网上办理|可网办)率${GAP}{0,6}$`),
    prefixNot: /全程/,
    max: 100,
    combine: 'single',
  },
  // New media
  {
    indicator: 'newmedia.posts',
    units: ['条', '篇'],
    unit: null,
    prefix: POST_VERB,
    clauseHas: ACCOUNTS,
    clauseNot: WEBSITE,
    combine: 'sum',
    totalWhen: /新媒体/,
  },
  // One account per mention: the account is named right before its number
  // (`其中微信公众号 2000 条、微博 1000 条`), and a mention naming two kinds
  // (`政务微博、微信公众号…1.5 万条`) counts for neither.
  {
    indicator: 'newmedia.wechat_posts',
    units: ['条', '篇'],
    unit: null,
    prefix: POST_VERB,
    prefixHas: /微信|公众号/,
    prefixNot: /微博|头条|抖音|快手|视频号|新媒体|网站/,
    combine: 'sum',
  },
  {
    indicator: 'newmedia.weibo_posts',
    units: ['条', '篇'],
    unit: '条',
    prefix: POST_VERB,
    prefixHas: /微博/,
    prefixNot: /微信|公众号|头条|抖音|快手|视频号|新媒体|网站/,
    combine: 'sum',
  },
  {
    indicator: 'newmedia.reads',
    // `总阅读次数超过100万`: the count's word says what is counted.
    units: ['次', '人次', ''],
    unit: '次',
    // Not a threshold: `阅读量10万+的文章`.
    suffix: /^(?![+＋的])/,
    prefix: new RegExp(`(?:阅读|浏览|点击)(?:量|数|次数)?${GAP}{0,4}$`),
    topic: 'newmedia',
    clauseNot: WEBSITE,
    combine: 'sum',
    totalWhen: /新媒体/,
    scope: 'reads',
  },
  {
    indicator: 'newmedia.accounts',
    units: ['个'],
    unit: '个',
    prefix: new RegExp(`(?:新媒体|公众号|微博|账号|头条号|抖音号|视频号)(?:平台|账号)?${GAP}{0,4}$`),
    combine: 'sum',
    totalWhen: /新媒体|账号/,
    scope: 'accounts',
  },
  // Proactive disclosure
  // The agency's total across channels: for no channel named, or several (`通过政府网站、微信公众号等平台…`).
  {
    indicator: 'disclosure.items',
    units: ['条', '件', '篇'],
    unit: '条',
    prefix: new RegExp(`(?:主动)?(?:对外)?(?:公开|公布|发布)了?(?:(?:${GAP}{0,8}?(?:各级单位|各单位|各部门))?${INFO}|${KINDS})$`),
    // `收到申请公开政府信息15件` counts requests.
    prefixNot: /申请/,
    scope: 'agency',
    channel: 'across',
    combine: 'single',
  },
  // The site's items: the site alone is named for them.
  {
    indicator: 'disclosure.website_items',
    units: ['条', '件', '篇'],
    unit: '条',
    prefix: new RegExp(`(?:(?:发布|公开|更新|公布|推送|上传)了?(?:${INFO}|(?:政府|门户)?网站信息\\s*|${KINDS})|(?:网站|门户|官网)(?:共|累计|主动)?(?:发布|公开|更新)(?:了)?)$`),
    scope: 'channel',
    channel: 'website',
    combine: 'single',
  },
  {
    indicator: 'policy.interpretations',
    units: ['件', '篇', '个', '条', '期', '项'],
    unit: '件',
    prefix: new RegExp(`(?:解读(?:稿件|文件|材料|信息|文章)?(?:发布)?(?:共计|共|累计)?${GAP}{0,3}|解读了?(?:重要|重大)?政策(?:性)?文件)$`),
    // `政策文件及解读7条` counts documents and their interpretations together.
    prefixNot: /图解|解读率|(?:文件|信息)(?:及|和|与)(?:其)?解读/,
    scope: 'agency',
    combine: 'single',
  },
  // `对29项…政策文件进行解读`: the count before the documents, the verb after.
  {
    indicator: 'policy.interpretations',
    units: ['件', '篇', '个', '项'],
    unit: '件',
    prefix: /对$/,
    after: /^[^，,。；;：:\d]{0,40}?(?:文件|政策|措施)[^，,。；;：:\d]{0,6}?(?:进行|作出|开展)了?(?:政策)?解读/,
    scope: 'agency',
    combine: 'single',
  },
  // Section 二 figures stated in prose (`全区行政许可决定数量31461宗`): used to check the table, or where it lacks them.
  ...([['licensing.decisions', '行政许可'], ['penalty.decisions', '行政处罚'], ['coercion.decisions', '行政强制']] as const).map(([indicator, word]): TextRule => ({
    indicator,
    units: ['件', '宗', '个', '项'],
    unit: '件',
    prefix: new RegExp(`${word}(?:处理)?决定(?:数量|数|总数)?(?:共计|共|为|达)?\\s*$`),
    scope: 'service',
    combine: 'single',
  })),
  {
    indicator: 'fees.amount',
    units: ['万元'],
    unit: '万元',
    prefix: /行政事业性收费(?:总)?(?:金额|总额)(?:共计|共|为|达)?\s*$/,
    scope: 'service',
    combine: 'single',
  },
  // Section 二 (一) figures stated in prose (`新制定行政规范性文件15件`, `现行有效的行政规范性文件102件`).
  {
    indicator: 'normative_docs.issued',
    units: ['件', '个', '份'],
    unit: '件',
    prefix: /(?:制发|制定|出台|印发|新发布)了?的?(?:行政)?规范性文件(?:共计|共|数量|为)?\s*$/,
    // Documents reviewed, filed, revised or interpreted are not documents issued.
    prefixNot: /废止|清理|备案|审查|审核|修订|修改|解读|有效/,
    scope: 'service',
    combine: 'single',
  },
  {
    indicator: 'normative_docs.in_force',
    units: ['件', '个', '份'],
    unit: '件',
    prefix: /现行有效的?(?:行政)?规范性文件(?:共计|共有|共|数量|为)?\s*$/,
    scope: 'service',
    combine: 'single',
  },
  // Section 四 totals stated in prose, in a sentence about disclosure requests
  // (`因政府信息公开申请引起的行政复议93件，行政诉讼19件`); not reviews the
  // agency handles itself (办理, 审理), nor one kind of suit (未经复议直接起诉).
  {
    indicator: 'review.total',
    units: ['件', '起', '宗', '个'],
    unit: '件',
    prefix: /行政复议(?:案件|申请)?(?:共计|共|为)?\s*$/,
    prefixNot: /办理|审理|受理|收到|办结|纠错|纠正|维持|其中/,
    topic: 'requests',
    scope: 'service',
    combine: 'single',
  },
  {
    indicator: 'litigation.total',
    units: ['件', '起', '宗', '个'],
    unit: '件',
    prefix: /行政诉讼(?:案件)?(?:共计|共|为)?\s*$/,
    prefixNot: /办理|审理|受理|收到|办结|纠错|纠正|维持|败诉|胜诉|其中/,
    topic: 'requests',
    scope: 'service',
    combine: 'single',
  },
  // Disclosure requests stated in prose (used where the table lacks them)
  {
    indicator: 'applications.carried_in',
    units: ['件', '件次', '条', '个'],
    unit: '件',
    prefix: /(?:上年度?|上一年度?)结转(?:的)?(?:政府信息公开申请|依申请公开申请|申请)?(?:数量)?(?:共计|共|为)?\s*$/,
    topic: 'requests',
    combine: 'single',
  },
  {
    indicator: 'applications.new',
    units: ['件', '件次', '条', '个'],
    unit: '件',
    prefix: new RegExp(`(?:收到|新收|受理|接收|接到)${GAP}{0,16}?(?:信息公开申请|依申请公开(?:申请)?|申请公开)${GAP}{0,5}$`),
    prefixNot: /办结|答复|办理完|(?:上年|上一年)结转|结转(?!上年后新)/,
    // `共受理…59件，结转上年后新收到…47件`: the new ones are the ones newly received.
    prefer: /新收/,
    combine: 'single',
  },
  // Requests carried into next year, in the table's words (`结转下年度继续办理2件`).
  {
    indicator: 'applications.carried_out',
    units: ['件', '件次', '条', '个'],
    unit: '件',
    prefix: /结转(?:至|到)?下一?年度?(?:继续)?(?:办理)?的?(?:申请)?(?:共计|共|为)?\s*$/,
    topic: 'requests',
    combine: 'single',
  },
  // How requests were answered, in the table's words (`予以公开2件，部分公开2件`); a
  // figure for two outcomes together (`予以公开或部分公开59件`) is neither.
  ...([
    ['applications.granted', '(?<!不)予以公开'],
    ['applications.partially_granted', '部分公开'],
    ['applications.denied', '不予公开'],
    ['applications.unavailable', '无法提供'],
    ['applications.not_processed', '不予处理'],
    ['applications.other', '其他处理'],
  ] as const).map(([indicator, words]): TextRule => ({
    indicator,
    units: ['件', '件次', '条', '个'],
    unit: '件',
    prefix: new RegExp(`${words}的?(?:共计|共|为)?\\s*$`),
    prefixNot: /或|和|及|与/,
    topic: 'requests',
    combine: 'single',
  })),
  // `共收到70件申请` in a sentence about disclosure requests.
  {
    indicator: 'applications.new',
    units: ['件', '件次'],
    unit: '件',
    prefix: /(?:收到|新收|受理|接收|接到)(?:各类)?$/,
    suffix: /^(?:政府信息公开|信息公开|依申请公开)?(?:申请|请求)/,
    topic: 'requests',
    combine: 'single',
  },
]
