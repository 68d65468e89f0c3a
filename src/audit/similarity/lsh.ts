import { fmix32 } from './hash'
import { SIGNATURE_SIZE } from './signature'

/**
 * Locality-sensitive hashing by banding: the signature is cut into bands of
 * ROWS values, and two sections become candidates when all values of some
 * band agree. Pairs with Jaccard J are found with probability
 * 1 − (1 − J^ROWS)^BANDS: with 42 bands of 3 rows, 0.29 at J = 0.2,
 * 0.68 at 0.3, 0.93 at 0.4 and over 0.99 from 0.5 (docs/audit.md has the
 * measured figures). Candidates are then measured, so a false candidate
 * costs time, never a wrong result.
 */
export const ROWS = 3
export const BANDS = Math.floor(SIGNATURE_SIZE / ROWS)

/** Index pairs [i, j], i < j, of the signatures that share a band. */
export function candidatePairs(signatures: readonly Uint16Array[]): [number, number][] {
  const seen = new Set<number>()
  const pairs: [number, number][] = []
  const n = signatures.length
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<number, number[]>()
    for (let i = 0; i < n; i++) {
      const sig = signatures[i]!
      let h = Math.imul(band + 1, 0x9E3779B9)
      for (let r = band * ROWS; r < (band + 1) * ROWS; r++)
        h = fmix32(h ^ sig[r]!)
      const bucket = buckets.get(h)
      if (bucket)
        bucket.push(i)
      else
        buckets.set(h, [i])
    }
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          const i = bucket[x]!
          const j = bucket[y]!
          const key = i * n + j
          if (!seen.has(key)) {
            seen.add(key)
            pairs.push([i, j])
          }
        }
      }
    }
  }
  return pairs
}
