/**
 * When the report was published, where the document says (spec §2
 * `published`): a web page's 发布时间/发布日期 line (the readers put it at the
 * top of the text), else the date under the report's signature at the end
 * (洪泽区人民政府办公室 / 2024年1月22日, or 二〇二四年一月二十二日). Only a full
 * date counts: a signature giving only 2024年1月 leaves the date empty and a
 * check says so. Never from the file name, never from a date in a sentence.
 */

import type { Check } from '../schema/report'
import type { Line } from './normalize'
import type { DateParts } from './dates'
import { makeCheck } from '../catalog/checks'
import { ARABIC_DATE, CHINESE_DATE, dateParts, isoDate, monthText } from './dates'

/**
 * A labelled publication date on a metadata line: 发布时间：2024-01-22,
 * 发布日期 2024年1月22日 (label and value may be separate table cells). Group 1
 * is the label's qualifier: 发布/发表/发文/公开/印发 (published), 成文 (written),
 * or none (a bare 时间/日期). 更新时间, 统计日期 and the like are not dates of
 * publication.
 */
const LABELLED_DATE = /(?<!更新|修改|归档|截止|统计|办理|受理|出生)(发布|发表|发文|公开|印发|成文)?(?:时间|日期)\s*[:：]?\s*(?=\d|[〇○零一二])/g
/** Only the first lines are the page's metadata (the readers put them there; a text file has its own there). */
const HEAD_LINES = 25
/** A metadata line is short; a longer line with 时间： is a sentence. */
const MAX_META_LINE = 120
/** The signature is among the last lines. */
const TAIL_LINES = 8
/**
 * A signature line: an optional signer (no sentence punctuation) and a date
 * that ends the line. Matched on the line with its spaces removed.
 */
const SIGNATURE_LINE = /^([^，。；：:,;！？!?、（）()“”]{0,30}?)((?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?|[〇○零Oo一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)$/

type Strength = 'published' | 'bare' | 'written'
interface Found { date: DateParts & { day: number }, line: number }

function dateAt(text: string): DateParts | null {
  const arabic = new RegExp(`^${ARABIC_DATE.source}`).exec(text)
  if (arabic)
    return dateParts(arabic, false)
  const chinese = new RegExp(`^${CHINESE_DATE.source}`).exec(text)
  return chinese ? dateParts(chinese, true) : null
}

/** Labelled dates in the first lines, by what their label says. */
function labelledDates(lines: readonly Line[]): Partial<Record<Strength, Found>> {
  const found: Partial<Record<Strength, Found>> = {}
  let seen = 0
  for (const line of lines) {
    if (line.norm.trim() === '')
      continue
    if (++seen > HEAD_LINES)
      break
    if (line.norm.length > MAX_META_LINE)
      continue
    for (const m of line.norm.matchAll(LABELLED_DATE)) {
      const date = dateAt(line.norm.slice(m.index + m[0].length))
      if (!date || date.day === null)
        continue
      const strength: Strength = m[1] === undefined ? 'bare' : m[1] === '成文' ? 'written' : 'published'
      found[strength] ??= { date: { ...date, day: date.day }, line: line.n }
    }
  }
  return found
}

/** The date under the signature: the last date-only line among the last lines, full or a month. */
function signatureDate(lines: readonly Line[]): { date: DateParts, line: number } | null {
  const tail = lines.filter(l => l.norm.trim() !== '' && !l.norm.includes('\t')).slice(-TAIL_LINES)
  for (let i = tail.length - 1; i >= 0; i--) {
    const line = tail[i]!
    const m = SIGNATURE_LINE.exec(line.norm.replace(/\s+/g, ''))
    if (!m)
      continue
    const date = dateAt(m[2]!)
    if (date)
      return { date, line: line.n }
  }
  return null
}

/** The publication date (ISO) and the checks that say where it came from or why there is none. */
export function findPublished(lines: readonly Line[]): { published: string | null, checks: Check[] } {
  const checks: Check[] = []
  const labelled = labelledDates(lines)
  const page = labelled.published ?? labelled.bare
  const signature = signatureDate(lines)
  const signed = signature && signature.date.day !== null ? { date: { ...signature.date, day: signature.date.day }, line: signature.line } : null
  const chosen = page ?? signed ?? labelled.written ?? null
  if (page && signed && isoDate(page.date) !== isoDate(signed.date))
    checks.push(makeCheck('meta.published/conflict', { page: isoDate(page.date), signature: isoDate(signed.date) }, { line: signed.line }))
  if (chosen)
    return { published: isoDate(chosen.date), checks }
  if (signature)
    checks.push(makeCheck('meta.published/month', { month: monthText(signature.date) }, { line: signature.line }))
  else
    checks.push(makeCheck('meta.published/missing'))
  return { published: null, checks }
}
