import { fmix32 } from './hash'

/**
 * One-permutation MinHash (Li, Owen & Zhang 2012) with densification by
 * rotation (Shrivastava & Li 2014): the shingle hashes fall into
 * SIGNATURE_SIZE bins by their top bits, each bin keeps its smallest
 * value, and an empty bin borrows the value of the next non-empty bin to
 * its right, marked with the distance. Two signatures agree in a bin with
 * probability equal to the sets' Jaccard similarity, like a classic MinHash
 * of SIGNATURE_SIZE permutations, at the cost of one hash per shingle
 * instead of one per shingle and permutation. Values are kept to 16 bits
 * (b-bit MinHash, Li & König 2010): unequal values then agree by chance
 * once in 65,536, which the estimate corrects for.
 */

/** Bins: 128 gives the Jaccard estimate a standard error of at most 0.044 (√(J(1−J)/128)). */
export const SIGNATURE_SIZE = 128
/** log2(SIGNATURE_SIZE): the hash's top bits choose the bin. */
const BIN_BITS = 7
const VALUE_BITS = 32 - BIN_BITS
const VALUE_MASK = (1 << VALUE_BITS) - 1
/** Chance that two different 16-bit values are equal. */
const CHANCE = 1 / 65536

/** The signature of a set of shingle hashes (any order, repeats allowed); null for an empty set. */
export function signatureOf(hashes: ArrayLike<number>): Uint16Array | null {
  if (hashes.length === 0)
    return null
  const min = new Int32Array(SIGNATURE_SIZE).fill(-1)
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i]!
    const bin = h >>> VALUE_BITS
    const value = h & VALUE_MASK
    if (min[bin] === -1 || value < min[bin]!)
      min[bin] = value
  }
  const out = new Uint16Array(SIGNATURE_SIZE)
  for (let bin = 0; bin < SIGNATURE_SIZE; bin++) {
    let distance = 0
    let from = bin
    while (min[from] === -1) {
      distance++
      from = (from + 1) % SIGNATURE_SIZE
    }
    // The distance is part of the value: a borrowed value only agrees with one borrowed as far.
    out[bin] = fmix32(min[from]! ^ Math.imul(distance, 0x9E3779B9)) >>> 16
  }
  return out
}

/** Estimated Jaccard similarity of the two sets behind the signatures. */
export function estimateJaccard(a: Uint16Array, b: Uint16Array): number {
  let agree = 0
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    if (a[i] === b[i])
      agree++
  }
  const j = (agree / SIGNATURE_SIZE - CHANCE) / (1 - CHANCE)
  return Math.min(1, Math.max(0, j))
}
