/**
 * Whole or part: a sentence figure is an indicator's value only when the
 * sentence gives the indicator's whole for the agency, not a part of it —
 * one column of the portal, one post, one department, one domain or
 * campaign, a month or a quarter. `partOf` names the part a figure belongs
 * to (the figure is then not used); `unsure` names why a figure may be a part
 * (it is then not used either, and an info check points at the sentence).
 */

/** What a sentence figure may be a part of. */
export type PartReason = 'period' | 'column' | 'domain' | 'post' | 'account_change' | 'subunit' | 'no_whole' | 'unpaired'

/** How an indicator's whole is stated. */
export type Scope = 'agency' | 'channel' | 'reads' | 'accounts' | 'service'

/**
 * A month, a quarter or half-year, a daily or monthly average: not the year.
 * `12月31日` (a date), `1-12月`, `1月至12月` (the year) do not count.
 */
const PERIOD = /(?<![\d\-－—–~～至到])(?:1[0-2]|[1-9])\s*月份?(?!\s*\d{1,2}\s*日)(?!份?\s*(?:至|到|[-－—–~～]))|[一二三四1-4第]\s*季度|本季度|上半年|下半年|本月|当月/
/** An average per day, week or month: holds for its own clause. */
const AVERAGE = /每月|月均|日均|每日|周均|每周|平均每/
/** One column, page or special section of a site: a part of the site's items. */
const COLUMN = /栏目|专栏|专题|版块|板块|页面|子站/
/** One domain or campaign (`疫情防控相关信息`, `重点领域信息`). */
const DOMAIN = /领域|疫情|防控|专项|扶贫|乡村振兴|稳岗|就业|招商|财政|预决算|采购|征地|环保|生态|安全生产|双随机/
/** Named posts or articles: their reads are not the account's. */
const POSTS = /(?:\d+|[一两二三四五六七八九十])\s*篇|单篇|单条|该文|该条|此文|《[^》]*》|最高|\d+\s*万\s*\+/
/** Accounts closed, merged or opened this year: not the number of accounts. */
const ACCOUNT_CHANGE = /关停|注销|关闭|清理|整合|撤销|下线|停更|新开设|新开通|新增|新注册|新设/
/** Words that say a figure is the agency's whole: the year, 共/累计/总计, the agency itself. */
const WHOLE = /全年|全区|全县|全市|全旗|全局|全委|本年度?|年度|今年|年内|\d{4}\s*年|共|累计|总计|合计|总数|我局|我区|我县|我市|我委|我办|我中心|本局|本委|本机关|本单位|我单位|本部门/
/** A sentence that opens with the year or the agency's whole (its later figures inherit it). */
const WHOLE_OPENING = /^\s*(?:[(（][一二三四五六七八九十]+[)）][^。，,\d]{0,12}?)?(?:\d{4}\s*年度?|全年|本年度|今年|年内)\s*[，,]/
/** A named unit as a sentence's subject (after a time phrase): `区经济发展局…`. */
const UNIT_SUBJECT = /^(?:[(（][一二三四五六七八九十\d]+[)）]\s*)?(?:(?:\d{4}\s*年度?|今年|全年|本年度?|年内|同时|此外|另外)\s*[，,]?\s*)?(?!通过|依托|在|经|按照|根据|围绕|利用|对)([^\s，,。；;、“”"《》()（）\d]{1,14}?(?:局|委员会|委|办公室|中心|管委会|服务站|所|队|公司))/
/** The agency itself, spoken of as we/this. */
const SELF = /^(?:我|本|该)(?:局|委|办|中心|单位|机关|部门|区|县|市)$/

/** The part of an agency name after its place (`中宁县审批服务管理局` → `审批服务管理局`). */
function unitName(name: string): string {
  const m = /^.*?[县区市旗州盟]([^县区市旗]+)$/.exec(name)
  return (m ? m[1]! : name).replace(/^人民政府/, '')
}

/** Whether a named unit is the agency (its name, or its name without the place). */
function isAgency(unit: string, agency: string | null): boolean {
  if (SELF.test(unit))
    return true
  if (!agency)
    return false
  return agency.endsWith(unit) || unitName(agency) === unitName(unit) || agency.includes(unitName(unit))
}

export interface ScopeInput {
  scope: Scope
  /** The sentence, folded. */
  sentence: string
  /** Offsets of the mention in the sentence. */
  start: number
  /** The words that lead to the mention: from the clause's start, or the previous figure in it. */
  clauseHead: string
  /** The clause up to the mention, from its start. */
  clause: string
  /** The text since the previous figure of the sentence (or its start). */
  stretch: string
  /** Whether an earlier sentence of the same enumerated point says it gives the year's whole. */
  blockWhole: boolean
  /** The agency the report is about, as its metadata names it. */
  agency: string | null
}

/** A list of kinds ending in 等 (`预决算、招生政策、招聘信息等…信息`): 3 items or more. */
const KIND_LIST = /(?:[^、，,。；;：:\d]{1,24}、){2,}[^、，,。；;：:\d]{1,24}?等/g

/**
 * Whether the words leading to a figure name one domain or campaign. In a
 * list of kinds ending in 等 a domain word is one kind among others: the
 * list is a domain only when half its items or more are.
 */
function isDomain(head: string): boolean {
  if (!DOMAIN.test(head))
    return false
  let rest = head
  for (const list of head.matchAll(KIND_LIST)) {
    const items = list[0].split('、')
    const domains = items.filter(i => DOMAIN.test(i)).length
    if (domains * 2 >= items.length)
      return true
    rest = rest.replace(list[0], '、')
  }
  return DOMAIN.test(rest)
}

/** What part of the whole a figure is, or null when nothing says it is a part. */
export function partOf(x: ScopeInput): PartReason | null {
  const before = x.sentence.slice(0, x.start)
  if (PERIOD.test(before) || AVERAGE.test(x.clauseHead))
    return 'period'
  switch (x.scope) {
    case 'agency':
    case 'channel':
      if (COLUMN.test(x.stretch))
        return 'column'
      if (isDomain(x.clauseHead))
        return 'domain'
      return null
    case 'reads':
      return POSTS.test(x.clauseHead) ? 'post' : null
    case 'accounts':
      return ACCOUNT_CHANGE.test(x.clause) ? 'account_change' : null
    default:
      return null
  }
}

/**
 * Why a figure that names no part may still be one: a named unit other than
 * the agency is the sentence's subject, or (for the agency's totals) nothing
 * in the sentence says it is the whole.
 */
export function unsure(x: ScopeInput): PartReason | null {
  if (x.scope !== 'agency' && x.scope !== 'channel')
    return null
  const before = x.sentence.slice(0, x.start)
  const subject = UNIT_SUBJECT.exec(before)?.[1]
  if (subject && !isAgency(subject, x.agency))
    return 'subunit'
  if (x.scope === 'agency' && !x.blockWhole && !WHOLE.test(before))
    return 'no_whole'
  return null
}

/** Whether a sentence says its figures are the year's (or the agency's) whole: `2025年，…`, `全年…`. */
export function statesWhole(sentence: string): boolean {
  return WHOLE_OPENING.test(sentence)
}
