/**
 * Numbers as reports write them: `1.5万余条`, `110万余件`, `约4000余条`,
 * `近5000人次`, `3000人以上`, `1,041`, `99.5%`. Works on folded text (full-width
 * digits are already ASCII).
 */

/** A plain decimal with optional thousands separators: `1,041`, `86.76`, `5147`. */
export const DECIMAL = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/

/** A table cell that is only a number, possibly signed (本年增/减), spaces around it allowed. */
const NUMERIC_CELL = /^\s*([-+−]?)\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*$/

const SCALE: Record<string, number> = { 万: 4, 亿: 8 }

/**
 * `"6.8"` × 10^4 computed on the decimal string, so `6.8万` is exactly 68000
 * (floating-point multiplication would give 67999.99999999999).
 */
export function scaleDecimal(decimal: string, power: number): number {
  const plain = decimal.includes(',') ? decimal.replace(/,/g, '') : decimal
  if (power === 0 || !plain.includes('.'))
    return Number(plain) * 10 ** power
  const [int = '0', frac = ''] = plain.split('.')
  const digits = int + frac.padEnd(power, '0')
  const point = int.length + power
  const shifted = `${digits.slice(0, point)}.${digits.slice(point)}`
  return Number(shifted)
}

/** Value of a decimal string with an optional 万/亿 multiplier. */
export function toValue(decimal: string, multiplier?: string): number {
  const power = multiplier ? SCALE[multiplier] ?? 0 : 0
  return scaleDecimal(decimal, power)
}

/** A table cell's number, or null when the cell is not purely numeric. */
export function parseNumericCell(cell: string): number | null {
  const m = NUMERIC_CELL.exec(cell)
  if (!m)
    return null
  const v = toValue(m[2]!)
  return m[1] === '-' || m[1] === '−' ? -v : v
}

/** One number mention in running text. */
export interface NumberMention {
  value: number
  approx: boolean
  /** Unit as written, normalised (`%` for percent), or '' when none. */
  unit: string
  /** Offsets of the whole mention (hedges and unit included) in the text. */
  start: number
  end: number
  /** Offset where the digits start (the text before it is the mention's prefix). */
  numberStart: number
}

/** Units that follow numbers in these reports, longest first. */
const UNITS = ['人次', '场次', '万元', '个', '件', '条', '篇', '次', '人', '名', '家', '项', '期', '户', '份', '场', '起', '单', '宗', '通', '元', '%', '天', '年', '月', '日', '号', '台', '部', '批', '类', '组', '所', '处', '张', '套', '本', '万']

/**
 * A number with what hangs on it: hedge before, digits, 万/亿, 余/多, unit,
 * 以上/左右. Digits must not touch other digits or a decimal point, so
 * `2019年` or `0955-5619651` parts are still found but as separate mentions.
 */
const MENTION = new RegExp(
  `(约|大约|近|将近|接近|超过|超|逾|多达)?\\s*(${DECIMAL.source})\\s*(万|亿)?\\s*(余|多)?\\s*(${UNITS.map(u => u === '%' ? '%' : u).join('|')})?\\s*(以上|左右|上下|有余|余|多)?`,
  'g',
)

/** Every number mention in `text` (folded), in order. */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = []
  MENTION.lastIndex = 0
  for (let m = MENTION.exec(text); m !== null; m = MENTION.exec(text)) {
    if (m[0].length === 0) {
      MENTION.lastIndex++
      continue
    }
    const [whole, before, digits, mult, afterNum, unit, afterUnit] = m
    const numberStart = m.index + whole.indexOf(digits!)
    // A digit or decimal point right before means we are inside a bigger token.
    const prev = text[numberStart - 1]
    if (prev !== undefined && /[\d.]/.test(prev))
      continue
    // `万` alone as a "unit" is really the multiplier of a unit-less number;
    // `万元` is a unit of its own (fees are stated in 万元), so 2100.5万元 stays 2100.5.
    const tenThousandYuan = mult === '万' && unit === '元' && !afterNum
    const value = toValue(digits!, tenThousandYuan ? undefined : mult ?? (unit === '万' ? '万' : undefined))
    out.push({
      value,
      approx: Boolean(before || afterNum || afterUnit),
      unit: tenThousandYuan ? '万元' : unit === '万' ? '' : unit ?? '',
      start: m.index,
      end: m.index + whole.length,
      numberStart,
    })
  }
  return out
}
