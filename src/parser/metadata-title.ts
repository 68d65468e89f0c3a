/**
 * The report's title, wherever the document gives it: a line naming the
 * report in the first lines (a web page's `<title>` with the site's name cut
 * off), the report cited by name (关于印发《…年度报告》的通知), or a title set
 * on two lines, as PDFs and Word documents often have it (洪泽区人民政府 /
 * 2023 年政府信息公开工作年度报告): a line that starts with the year or with
 * the rest of the title is joined to the short line above it.
 */

import type { Line } from './normalize'

/** A report title: …年度报告 / …年报. */
const TITLE_WORDS = /年度报告|年报|工作报告/
/** A title longer than this is a sentence that merely mentions a report. */
const MAX_TITLE_LENGTH = 60
/** The report cited by name in the preamble: 《盐池县审批服务管理局 2023 年政府信息公开工作年度报告》. */
const CITED_TITLE = /《([^《》]{4,60}?(?:年度报告|年报))》/
/** Only the first lines hold the title. */
const HEAD_LINES = 12
/** A page title's parts: 报告标题_栏目_网站, 报告标题 - 网站, 报告标题｜网站. */
const SITE_SEPARATOR = /\s*(?:_+|\||｜|——|--|\s[-–—]\s|(?<=[\u4E00-\u9FFF])[-–—](?=[\u4E00-\u9FFF]))\s*/
/** A section or column name, not a report's title: 政府信息公开年报, 信息公开年度报告. */
const COLUMN_NAME = /^(?:政府)?(?:信息公开|政务公开)?(?:工作)?(?:年度报告|年报)(?:专栏)?$/
/** A breadcrumb (当前位置：首页 > …), which may end with the column 年报. */
export const BREADCRUMB = /^(?:您?(?:现在|当前)?的?(?:所在)?位置|当前位置|所在位置)\s*[:：]|^(?:首页|网站首页|主页)\s*(?:>|»|›|\/)/
/** A page's metadata line: 发布时间：…, 来源：… */
export const PAGE_META = /(?:时间|日期|来源|发布机构)\s*[:：]/
/** A title without its agency, continuing the line above: the year and the report's words, or the report's words alone. */
const CONTINUATION = /^(?:(?:19|20)\d{2}\s*年度?\s*)?(?:政府信息公开|信息公开|政务公开|工作年度报告|年度报告|工作报告)/
/** The line above a continuation: a short name, no sentence punctuation, not an attachment label. */
const TITLE_HEAD = /^(?!附件)[^，。；;：:,！？!?、（）()“”《》\t]{2,30}$/

export interface TitleFound {
  title: string
  /** The lines it was read from (1-based). */
  lines: number[]
}

/** The line's candidate title: the part of a page title that names the report, else the line. */
function titlePart(text: string): string | null {
  const parts = text.split(SITE_SEPARATOR).map(p => p.trim()).filter(Boolean)
  const named = parts.find(p => TITLE_WORDS.test(p) && !COLUMN_NAME.test(p))
  if (!named || named.length > MAX_TITLE_LENGTH)
    return null
  return CITED_TITLE.exec(named)?.[1]?.trim() ?? named
}

/** Whether a line can hold a title (not a table row, breadcrumb or page metadata line). */
function titleLine(text: string): boolean {
  return text !== '' && !text.includes('\t') && !BREADCRUMB.test(text) && !PAGE_META.test(text)
}

/** `洪泽区人民政府` + `2023 年…报告`: a space before a leading digit, none between Chinese words. */
function join(head: string, rest: string): string {
  return /^\d/.test(rest) ? `${head} ${rest}` : `${head}${rest}`
}

export function findTitle(lines: readonly Line[]): TitleFound | null {
  const head = lines.filter(l => l.display.trim() !== '').slice(0, HEAD_LINES)
  for (let i = 0; i < head.length; i++) {
    const text = head[i]!.display.trim()
    if (!titleLine(text))
      continue
    const title = titlePart(text)
    if (!title)
      continue
    const above = head[i - 1]?.display.trim() ?? ''
    if (CONTINUATION.test(title) && titleLine(above) && TITLE_HEAD.test(above) && !TITLE_WORDS.test(above))
      return { title: join(above, title), lines: [head[i - 1]!.n, head[i]!.n] }
    return { title, lines: [head[i]!.n] }
  }
  const opening = lines.slice(0, 40)
  const cited = CITED_TITLE.exec(opening.map(l => l.display).join(''))
  return cited ? { title: cited[1]!.trim(), lines: [] } : null
}
