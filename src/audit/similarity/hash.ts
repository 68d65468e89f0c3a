/** 32-bit hashing for shingles and number tokens: FNV-1a over UTF-16 code units, then murmur3's finaliser to spread the bits. */

export function fmix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85EBCA6B)
  h ^= h >>> 13
  h = Math.imul(h, 0xC2B2AE35)
  h ^= h >>> 16
  return h >>> 0
}

/** Hash of `s.slice(from, to)`. */
export function hashRange(s: string, from: number, to: number): number {
  let h = 0x811C9DC5
  for (let i = from; i < to; i++)
    h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return fmix32(h)
}
