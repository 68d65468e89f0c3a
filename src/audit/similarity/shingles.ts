import { hashRange } from './hash'

/**
 * Character shingles: every run of SHINGLE consecutive compared characters.
 * Five characters are about two or three Chinese words: long enough that
 * two unrelated texts share few (common phrases such as 政府信息公开 aside),
 * short enough that a copy with a few words changed keeps most of its.
 */
export const SHINGLE = 5

/** The hash of each shingle, in text order (a text shorter than SHINGLE has none). */
export function shingleHashes(chars: string): Uint32Array {
  const n = Math.max(0, chars.length - SHINGLE + 1)
  const out = new Uint32Array(n)
  for (let i = 0; i < n; i++)
    out[i] = hashRange(chars, i, i + SHINGLE)
  return out
}

/** Sorted distinct values. */
export function distinctSorted(values: Uint32Array): Uint32Array {
  const sorted = Uint32Array.from(values).sort()
  let n = 0
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1])
      sorted[n++] = sorted[i]!
  }
  return sorted.slice(0, n)
}

/** |A ∩ B| of two sorted distinct sets. */
export function intersectionSize(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    if (x === y) {
      n++
      i++
      j++
    }
    else if (x < y) {
      i++
    }
    else {
      j++
    }
  }
  return n
}
