/**
 * The indicator catalog (spec §4). Ids are a contract shared by the parser,
 * the preparsed data, the tidy CSV and every chart: add, never rename.
 */

export const CATEGORIES = [
  { id: 'proactive', zh: '主动公开', en: 'Proactive disclosure' },
  { id: 'requests', zh: '依申请公开', en: 'Disclosure on request' },
  { id: 'appeals', zh: '复议诉讼', en: 'Reviews & litigation' },
  { id: 'hotline', zh: '12345热线', en: '12345 hotline' },
  { id: 'newmedia', zh: '政务新媒体', en: 'Government new media' },
  { id: 'services', zh: '政务服务', en: 'Government services' },
] as const

export type CategoryId = (typeof CATEGORIES)[number]['id']

export interface Indicator {
  /** Stable id, e.g. `licensing.decisions`. */
  id: string
  category: CategoryId
  zh: string
  en: string
  /** Unit the value is stored in. */
  unit: string
  /** Where the parser finds it: a table of sections 二–四 or a sentence. */
  origin: 'table' | 'text'
  /**
   * How values combine across reports: counts add up, rates do not (the
   * median of rates is shown instead).
   */
  aggregate: 'sum' | 'median'
}

export const INDICATORS: readonly Indicator[] = [
  // 主动公开 — section 二 tables
  { id: 'regulations.issued', category: 'proactive', zh: '规章 本年制发件数', en: 'Regulations issued', unit: '件', origin: 'table', aggregate: 'sum' },
  { id: 'regulations.abolished', category: 'proactive', zh: '规章 本年废止件数', en: 'Regulations abolished', unit: '件', origin: 'table', aggregate: 'sum' },
  { id: 'regulations.in_force', category: 'proactive', zh: '规章 现行有效件数', en: 'Regulations in force', unit: '件', origin: 'table', aggregate: 'sum' },
  { id: 'normative_docs.issued', category: 'proactive', zh: '行政规范性文件 本年制发件数', en: 'Normative documents issued', unit: '件', origin: 'table', aggregate: 'sum' },
  { id: 'normative_docs.abolished', category: 'proactive', zh: '行政规范性文件 本年废止件数', en: 'Normative documents abolished', unit: '件', origin: 'table', aggregate: 'sum' },
  { id: 'normative_docs.in_force', category: 'proactive', zh: '行政规范性文件 现行有效件数', en: 'Normative documents in force', unit: '件', origin: 'table', aggregate: 'sum' },
  { id: 'licensing.decisions', category: 'proactive', zh: '行政许可 本年处理决定数量', en: 'Licensing decisions', unit: '件', origin: 'table', aggregate: 'sum' },
  { id: 'penalty.decisions', category: 'proactive', zh: '行政处罚 本年处理决定数量', en: 'Administrative penalty decisions', unit: '件', origin: 'table', aggregate: 'sum' },
  { id: 'coercion.decisions', category: 'proactive', zh: '行政强制 本年处理决定数量', en: 'Administrative coercion decisions', unit: '件', origin: 'table', aggregate: 'sum' },
  { id: 'fees.amount', category: 'proactive', zh: '行政事业性收费 本年收费金额', en: 'Administrative fees collected', unit: '万元', origin: 'table', aggregate: 'sum' },
  // 主动公开 — narrative
  { id: 'disclosure.items', category: 'proactive', zh: '主动公开信息总条数', en: 'Items proactively disclosed', unit: '条', origin: 'text', aggregate: 'sum' },
  { id: 'disclosure.website_items', category: 'proactive', zh: '政府网站发布信息条数', en: 'Items published on government website', unit: '条', origin: 'text', aggregate: 'sum' },
  { id: 'policy.interpretations', category: 'proactive', zh: '政策解读件数', en: 'Policy interpretations', unit: '件', origin: 'text', aggregate: 'sum' },
  // 依申请公开 — section 三
  { id: 'applications.new', category: 'requests', zh: '本年新收政府信息公开申请数量', en: 'New disclosure requests', unit: '件', origin: 'table', aggregate: 'sum' },
  { id: 'applications.carried_in', category: 'requests', zh: '上年结转申请数量', en: 'Requests carried over from last year', unit: '件', origin: 'table', aggregate: 'sum' },
  { id: 'applications.granted', category: 'requests', zh: '予以公开', en: 'Requests granted', unit: '件', origin: 'table', aggregate: 'sum' },
  { id: 'applications.partially_granted', category: 'requests', zh: '部分公开', en: 'Requests partially granted', unit: '件', origin: 'table', aggregate: 'sum' },
  { id: 'applications.denied', category: 'requests', zh: '不予公开', en: 'Requests denied', unit: '件', origin: 'table', aggregate: 'sum' },
  { id: 'applications.unavailable', category: 'requests', zh: '无法提供', en: 'Information unavailable', unit: '件', origin: 'table', aggregate: 'sum' },
  { id: 'applications.not_processed', category: 'requests', zh: '不予处理', en: 'Requests not processed', unit: '件', origin: 'table', aggregate: 'sum' },
  { id: 'applications.other', category: 'requests', zh: '其他处理', en: 'Requests otherwise handled', unit: '件', origin: 'table', aggregate: 'sum' },
  { id: 'applications.closed', category: 'requests', zh: '办理结果总计', en: 'Requests closed', unit: '件', origin: 'table', aggregate: 'sum' },
  { id: 'applications.carried_out', category: 'requests', zh: '结转下年度继续办理', en: 'Requests carried into next year', unit: '件', origin: 'table', aggregate: 'sum' },
  // 复议诉讼 — section 四
  { id: 'review.total', category: 'appeals', zh: '行政复议 总计', en: 'Administrative reviews', unit: '件', origin: 'table', aggregate: 'sum' },
  { id: 'review.corrected', category: 'appeals', zh: '行政复议 结果纠正', en: 'Reviews corrected', unit: '件', origin: 'table', aggregate: 'sum' },
  { id: 'litigation.total', category: 'appeals', zh: '行政诉讼 总计', en: 'Administrative lawsuits', unit: '件', origin: 'table', aggregate: 'sum' },
  { id: 'litigation.corrected', category: 'appeals', zh: '行政诉讼 结果纠正', en: 'Lawsuits corrected', unit: '件', origin: 'table', aggregate: 'sum' },
  // 12345热线
  { id: 'hotline.received', category: 'hotline', zh: '热线 受理（转办）诉求件数', en: 'Hotline requests received', unit: '件', origin: 'text', aggregate: 'sum' },
  { id: 'hotline.completed', category: 'hotline', zh: '热线 办结件数', en: 'Hotline requests completed', unit: '件', origin: 'text', aggregate: 'sum' },
  { id: 'hotline.completed_on_time', category: 'hotline', zh: '热线 按时办结件数', en: 'Hotline requests completed on time', unit: '件', origin: 'text', aggregate: 'sum' },
  { id: 'hotline.completion_rate', category: 'hotline', zh: '热线 办结率', en: 'Hotline completion rate', unit: '%', origin: 'text', aggregate: 'median' },
  { id: 'hotline.on_time_rate', category: 'hotline', zh: '热线 按时办结率', en: 'Hotline on-time rate', unit: '%', origin: 'text', aggregate: 'median' },
  { id: 'hotline.satisfaction_rate', category: 'hotline', zh: '热线 群众满意率', en: 'Hotline satisfaction rate', unit: '%', origin: 'text', aggregate: 'median' },
  // 政务新媒体
  { id: 'newmedia.posts', category: 'newmedia', zh: '政务新媒体发布信息条数', en: 'New-media posts', unit: '条', origin: 'text', aggregate: 'sum' },
  { id: 'newmedia.wechat_posts', category: 'newmedia', zh: '微信公众号发布篇数', en: 'WeChat posts', unit: '篇', origin: 'text', aggregate: 'sum' },
  { id: 'newmedia.weibo_posts', category: 'newmedia', zh: '微博发布条数', en: 'Weibo posts', unit: '条', origin: 'text', aggregate: 'sum' },
  { id: 'newmedia.reads', category: 'newmedia', zh: '新媒体累计阅读量', en: 'New-media reads', unit: '次', origin: 'text', aggregate: 'sum' },
  { id: 'newmedia.accounts', category: 'newmedia', zh: '政务新媒体账号数', en: 'New-media accounts', unit: '个', origin: 'text', aggregate: 'sum' },
  // 政务服务
  { id: 'hall.departments', category: 'services', zh: '政务服务大厅 进驻部门数', en: 'Service hall: departments', unit: '家', origin: 'text', aggregate: 'sum' },
  { id: 'hall.staff', category: 'services', zh: '政务服务大厅 进驻人员数', en: 'Service hall: staff', unit: '人', origin: 'text', aggregate: 'sum' },
  { id: 'hall.items', category: 'services', zh: '政务服务大厅 进驻事项数', en: 'Service hall: service items', unit: '项', origin: 'text', aggregate: 'sum' },
  { id: 'hall.cases', category: 'services', zh: '政务服务大厅 年办件量', en: 'Service hall: cases handled', unit: '件', origin: 'text', aggregate: 'sum' },
  { id: 'online.rate', category: 'services', zh: '政务服务事项网上可办率', en: 'Services available online', unit: '%', origin: 'text', aggregate: 'median' },
]

const BY_ID: ReadonlyMap<string, Indicator> = new Map(INDICATORS.map(i => [i.id, i]))

/** The catalog entry of an id, or undefined for an id the catalog lacks. */
export function findIndicator(id: string): Indicator | undefined {
  return BY_ID.get(id)
}

export function isIndicatorId(id: string): boolean {
  return BY_ID.has(id)
}

/** Catalog position, used to sort observations the same way everywhere. */
const ORDER: ReadonlyMap<string, number> = new Map(INDICATORS.map((i, n) => [i.id, n]))
export function indicatorOrder(id: string): number {
  return ORDER.get(id) ?? Number.MAX_SAFE_INTEGER
}
