/**
 * Table rows whose cells ran together. A crawler or a converter that drops
 * cell separators leaves `一、本年新收政府信息公开申请数量640020470` (64, 0, 0,
 * 2, 0, 4, 70) or `（七）总计20 0 00 0 121` (some separators lost). Such a
 * digit run is read only where the table's own totals leave exactly one way
 * to split it; anything else stays absent and a check says why.
 */

/** Where a prescribed row label of sections 二, 三 or 四 ends (folded text, spaces removed). */
const LABEL_END = /(?:申请数量|予以公开|部分公开|情形\)|国家秘密|禁止公开|一稳定["”]?|合法权益|事务信息|过程性信息|执法案卷|查询事项|相关政府信息|另行制作|仍不明确|投诉类申请|重复申请|公开出版物|反复申请|已获取信息|公开申请|\d[.、]其他|不予公开|无法提供|不予处理|其他处理|总计|合计|继续办理|规章|规范性文件|行政规范性|行政许可|行政处罚|行政强制|行政事业性收费|行政事业性|其他对外管理服务事项|尚未审结)$/
/** A label (perhaps numbered: `2.重复申请`) followed by its value cells: digits, spaces, decimal points and minus signs only. */
const LABEL_THEN_VALUES = /^((?:\d\s*[.、]\s*)?\D.*?[^\d\s.\-−])\s*([-−]?\d[\d\s.\-−]*)$/
/** Longest label taken as a table row label (the section 四 header run is ~90 characters). */
const MAX_LABEL = 120
/** Sentence punctuation: a label with it is prose, not a table row. */
const PROSE_MARK = /[。；;！？]/
/** A value group: a signed number, possibly with a decimal part. */
const GROUP = /[-−]?[\d.]+/g

/**
 * A table row label with its values run on: `（七）总计630020469` → label
 * `（七）总计` and the groups `['630020469']`. Null for anything else.
 */
export function splitLabelRun(text: string): { label: string, groups: string[] } | null {
  const m = LABEL_THEN_VALUES.exec(text)
  if (!m)
    return null
  const label = m[1]!
  if (label.length > MAX_LABEL || PROSE_MARK.test(label) || !LABEL_END.test(label.replace(/\s+/g, '')))
    return null
  const groups = m[2]!.match(GROUP) ?? []
  if (groups.length === 0 || groups.some(g => !/\d/.test(g) || (g.match(/\./g)?.length ?? 0) > 1))
    return null
  return { label, groups }
}

/** Whether a value group may hold several cells: two or more digits, no decimal point. */
export function isSplittable(group: string): boolean {
  return /^\d{2,}$/.test(group)
}

/** The ways to cut a digit string into `k` counts (no leading zeros: `0` stands alone). */
function cuts(digits: string, k: number, limit: number): number[][] {
  const out: number[][] = []
  const walk = (start: number, left: number, acc: number[]) => {
    if (out.length >= limit)
      return
    const rest = digits.length - start
    if (left === 0) {
      if (rest === 0)
        out.push([...acc])
      return
    }
    if (rest < left)
      return
    const maxLen = digits[start] === '0' ? 1 : rest - left + 1
    for (let len = 1; len <= maxLen; len++)
      walk(start + len, left - 1, [...acc, Number(digits.slice(start, start + len))])
  }
  walk(0, k, [])
  return out
}

/** Most readings looked at before a row is declared ambiguous. */
const MAX_READINGS = 5000

/**
 * Every reading of value groups as exactly `n` cells, where splittable
 * groups may be cut into several counts, that `accept` allows. Returns null
 * when there are too many readings to look at (the row stays absent).
 */
export function readRuns(groups: readonly { text: string, value: number | null }[], n: number, accept: (values: readonly number[]) => boolean = () => true): number[][] | null {
  const out: number[][] = []
  let seen = 0
  let overflow = false
  const walk = (i: number, acc: number[]) => {
    if (overflow)
      return
    if (i === groups.length) {
      if (acc.length === n) {
        if (++seen > MAX_READINGS) {
          overflow = true
          return
        }
        if (accept(acc))
          out.push(acc)
      }
      return
    }
    const g = groups[i]!
    const room = n - acc.length - (groups.length - i - 1)
    if (room < 1)
      return
    if (!isSplittable(g.text)) {
      if (g.value !== null)
        walk(i + 1, [...acc, g.value])
      return
    }
    for (let k = 1; k <= Math.min(room, g.text.length); k++) {
      for (const cut of cuts(g.text, k, MAX_READINGS))
        walk(i + 1, [...acc, ...cut])
    }
  }
  walk(0, [])
  return overflow ? null : out
}

/** Whether all readings give the same numbers. */
export function agree(readings: readonly (readonly number[])[]): boolean {
  const first = readings[0]
  return first !== undefined && readings.every(r => r.length === first.length && r.every((v, i) => v === first[i]))
}
