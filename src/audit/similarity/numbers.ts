import { hashRange } from './hash'

/**
 * The figures and dates of a text, as tokens: a number with the character
 * after it (`2023年`, `71篇`, `6个`), so that 71篇 and 71人 differ. Kept as
 * sorted distinct 16-bit hashes, the MAX_NUMBERS smallest (a bottom-k
 * sample: two samples compare exactly below the smaller of their largest
 * values).
 */

/** A number and the next non-space character: 2023 年 → 2023年. */
const NUMBER_TOKEN = /([0-9\uFF10-\uFF19]+(?:[.．][0-9\uFF10-\uFF19]+)?)\s*([^\s0-9\uFF10-\uFF19]?)/g
export const MAX_NUMBERS = 64

export function numberTokens(text: string): Uint16Array {
  const seen = new Set<number>()
  for (const m of text.matchAll(NUMBER_TOKEN)) {
    const token = m[1]! + m[2]!
    seen.add(hashRange(token, 0, token.length) >>> 16)
  }
  return Uint16Array.from([...seen].sort((a, b) => a - b).slice(0, MAX_NUMBERS))
}

/** Of `a`'s numbers, how many `b` does not have (over the part both samples cover). */
export function numbersNotIn(a: Uint16Array, b: Uint16Array): { total: number, missing: number } {
  const capped = a.length === MAX_NUMBERS || b.length === MAX_NUMBERS
  const limit = capped ? Math.min(a[a.length - 1] ?? 0, b[b.length - 1] ?? 0) : Infinity
  const inB = new Set(b)
  let total = 0
  let missing = 0
  for (const x of a) {
    if (x > limit)
      break
    total++
    if (!inB.has(x))
      missing++
  }
  return { total, missing }
}
