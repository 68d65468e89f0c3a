/**
 * Crawler text: a whole report on one line, headings and table rows run
 * together (`…改进情况（一）…一、本年新收政府信息公开申请数量640020470二、上年结转…`).
 * Such a line is cut before the prescribed section headings (and after
 * them, so a heading stands alone) and, inside the tables, before each
 * prescribed row label. Nothing is added or removed: every piece is a
 * substring of its source line, so evidence cut from a piece is text of the
 * document. Lines with tab or `|` cells are never cut.
 */

import type { Line } from './normalize'

/** The six prescribed section headings, as they appear inside running text. */
const HEADINGS: readonly RegExp[] = [
  /一、\s*总体情况/g,
  /二、\s*主动公开政府信息(?:的)?情况/g,
  /三、\s*收到和处理政府信息公开申请(?:的)?情况/g,
  /四、\s*(?:因)?政府信息公开[^。；\d]{0,14}?复议[^。；\d]{0,10}?诉讼(?:的)?情况/g,
  /五、\s*(?:政府信息公开工作)?存在的主要问题(?:及|和)改进(?:情况|措施)/g,
  /六、\s*其他需要报告的事项/g,
]

/** Where a row of the section 二 tables starts. */
const ACTIVE_ROW = /第二十条第\s*[（(][一二三四五六七八九十]+[)）]\s*项|(?:行政)?规范性文件|规章|行政许可|其他对外管理服务事项|行政处罚|行政强制|行政事业性收费|政府集中采购/g

/** Where a row of the section 三 table starts (a group label stays with its first sub-row). */
const REQUEST_ROW = new RegExp([
  '一、\\s*本年新收',
  '二、\\s*上年结转',
  '三、\\s*本年度办\\s*理\\s*结果(?:\\s*[（(]\\s*[一四]\\s*[)）]\\s*(?:予以公开|无法提供))?',
  '[（(]\\s*[一二]\\s*[)）]\\s*(?:予以公开|部分公开)',
  '(?:[（(]\\s*[三四五六]\\s*[)）]\\s*(?:不予公开|无法提供|不予处理|其他处理)\\s*)?\\d\\s*[.．、]\\s*(?:属于国家秘密|其他法律|危及|保护第三方|属于三类|属于四类|属于行政执法|属于行政查询|本机关不掌握|没有现成|补正后|信访举报|重复申请|要求提供公开出版物|无正当理由大量|要求行政机关确认|申请人无正当理由|申请人逾期未按|其他)',
  '[（(]\\s*[三四五六七]\\s*[)）]\\s*(?:不予公开|无法提供|不予处理|其他处理|总计)',
  '四、\\s*结转下年度',
].join('|'), 'g')

/** Words that open a table: below them, row labels are cut. */
const TABLE_START = /第二十条第|本列数据的勾稽关系|申请人情况|本年新收政府信息公开申请数量/

/** Only long lines that hold a heading or a table are cut. */
const MIN_LENGTH = 60

function starts(re: RegExp, text: string, from: number, to: number): number[] {
  const out: number[] = []
  re.lastIndex = from
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    out.push(m.index)
    if (m[0].length === 0)
      re.lastIndex++
  }
  return out
}

/** Offsets where a run-together line is cut, ascending, without 0. */
function cutPoints(norm: string): number[] {
  const cuts = new Set<number>()
  const headings: { start: number, end: number, key: number }[] = []
  HEADINGS.forEach((re, key) => {
    re.lastIndex = 0
    for (let m = re.exec(norm); m !== null; m = re.exec(norm))
      headings.push({ start: m.index, end: m.index + m[0].length, key })
  })
  headings.sort((a, b) => a.start - b.start)
  for (const h of headings) {
    cuts.add(h.start)
    cuts.add(h.end)
  }
  // Table regions: from a heading of 二, 三 or 四 (or a table's opening words) to the next heading.
  const bounds = [...headings.map(h => h.start), norm.length]
  const regions: { from: number, to: number, rows: RegExp }[] = []
  const opening = TABLE_START.exec(norm)
  if (headings.length === 0 && opening)
    regions.push({ from: opening.index, to: norm.length, rows: /第二十条/.test(opening[0]) ? ACTIVE_ROW : REQUEST_ROW })
  for (const h of headings) {
    const to = bounds.find(b => b > h.start) ?? norm.length
    if (h.key === 1)
      regions.push({ from: h.end, to, rows: ACTIVE_ROW })
    if (h.key === 2)
      regions.push({ from: h.end, to, rows: REQUEST_ROW })
  }
  for (const r of regions) {
    for (const at of starts(r.rows, norm, r.from, r.to))
      cuts.add(at)
  }
  cuts.delete(0)
  return [...cuts].filter(c => c < norm.length).sort((a, b) => a - b)
}

/** Whether a line is crawler text worth cutting. */
function isRunTogether(line: Line): boolean {
  if (line.norm.length < MIN_LENGTH || line.norm.includes('\t') || line.norm.includes('|'))
    return false
  return HEADINGS.some((re) => {
    re.lastIndex = 0
    const m = re.exec(line.norm)
    return m !== null && m.index > 0
  }) || (TABLE_START.test(line.norm) && /\d{5,}/.test(line.norm))
}

/**
 * Lines with run-together headings and table rows cut into pieces, each a
 * line of its own; every other line as it was. Lines are renumbered in order,
 * so line numbers refer to the text as the parser shows it.
 */
export function reflowRunTogether(lines: readonly Line[]): Line[] {
  if (!lines.some(isRunTogether))
    return [...lines]
  const out: Line[] = []
  for (const line of lines) {
    if (!isRunTogether(line)) {
      out.push({ ...line, n: out.length + 1 })
      continue
    }
    let start = 0
    for (const cut of [...cutPoints(line.norm), line.norm.length]) {
      const display = line.display.slice(start, cut).replace(/\s+$/, '')
      const lead = display.length - display.trimStart().length
      if (display.trim() !== '')
        out.push({ n: out.length + 1, display: display.slice(lead), norm: line.norm.slice(start + lead, start + display.length) })
      start = cut
    }
  }
  return out
}
