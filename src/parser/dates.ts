/**
 * Calendar dates as reports write them: 2024年1月22日, 2024-01-22 15:34,
 * 2024/1/22, 2024.01.22, and in Chinese numerals 二〇二四年一月二十二日 (the
 * usual form of a signature date). Only a real calendar date is a date:
 * 2024年2月30日 is not, and 2024年1月 (a month) is reported as a month.
 */

/** Digits of a year written in Chinese numerals (〇 and its look-alikes ○, 零, O). */
const YEAR_DIGITS: Record<string, number> = { '〇': 0, '○': 0, '零': 0, 'O': 0, 'o': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 }
const SMALL: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** A year, month and optional day in Arabic digits: 2024年1月22日, 2024-01-22, 2024/1/22, 2024.1.22. */
export const ARABIC_DATE = /((?:19|20)\d{2})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(?:(\d{1,2})\s*日?)?/
/** The same in Chinese numerals: 二〇二四年一月二十二日. */
export const CHINESE_DATE = /([〇○零Oo一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*(?:([一二三四五六七八九十]{1,3})\s*日)?/

export interface DateParts {
  year: number
  month: number
  /** null when only the month is given. */
  day: number | null
}

/** 一 … 三十一 → 1 … 31; null for anything else. */
export function chineseSmallNumber(s: string): number | null {
  if (s === '十')
    return 10
  const m = /^([二三])?十([一二三四五六七八九])?$/.exec(s)
  if (m)
    return (m[1] ? SMALL[m[1]]! : 1) * 10 + (m[2] ? SMALL[m[2]]! : 0)
  return s.length === 1 ? SMALL[s] ?? null : null
}

function chineseYear(s: string): number | null {
  let y = 0
  for (const ch of s) {
    const d = YEAR_DIGITS[ch]
    if (d === undefined)
      return null
    y = y * 10 + d
  }
  return y
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Whether the parts make a real date (or month) of a plausible year. */
export function isValidDate(p: DateParts): boolean {
  if (p.year < 1990 || p.year > 2100 || p.month < 1 || p.month > 12)
    return false
  return p.day === null || (p.day >= 1 && p.day <= daysInMonth(p.year, p.month))
}

/** The parts of a date match of ARABIC_DATE or CHINESE_DATE, or null when they make no date. */
export function dateParts(m: RegExpExecArray, chinese: boolean): DateParts | null {
  const year = chinese ? chineseYear(m[1]!) : Number(m[1])
  const month = chinese ? chineseSmallNumber(m[2]!) : Number(m[2])
  const day = m[3] === undefined ? null : chinese ? chineseSmallNumber(m[3]) : Number(m[3])
  if (year === null || month === null || (m[3] !== undefined && day === null))
    return null
  const parts = { year, month, day }
  return isValidDate(parts) ? parts : null
}

/** The first date (or month) in a text, either notation. */
export function findDate(text: string): DateParts | null {
  const arabic = ARABIC_DATE.exec(text)
  const chinese = CHINESE_DATE.exec(text)
  const first = arabic && (!chinese || arabic.index <= chinese.index) ? { m: arabic, chinese: false } : chinese ? { m: chinese, chinese: true } : null
  return first ? dateParts(first.m, first.chinese) : null
}

/** 2024-01-22. */
export function isoDate(p: DateParts & { day: number }): string {
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`
}

/** 2024年1月 (how a month-only date is shown in messages). */
export function monthText(p: DateParts): string {
  return `${p.year}年${p.month}月`
}
