import type { SectionPrint } from './prints'
import { intersectionSize } from './shingles'
import { estimateJaccard } from './signature'

/**
 * How many shingles two sections share: counted on the exact sets where
 * both are at hand (CLI), else estimated from the signatures and the set
 * sizes, |A ∩ B| = J · (|A| + |B|) / (1 + J).
 */
export interface Overlap {
  shared: number
  exact: boolean
}

export function overlap(a: SectionPrint, b: SectionPrint): Overlap {
  if (a.shingles && b.shingles)
    return { shared: intersectionSize(a.shingles, b.shingles), exact: true }
  return estimatedOverlap(a, b)
}

/** The estimate from the signatures alone (cheap: SIGNATURE_SIZE comparisons). */
export function estimatedOverlap(a: SectionPrint, b: SectionPrint): Overlap {
  const j = estimateJaccard(a.signature, b.signature)
  return { shared: j * (a.size + b.size) / (1 + j), exact: false }
}

/** The share of `of`'s text found in the other text, 0–1. */
export function shareOf(of: SectionPrint, o: Overlap): number {
  return Math.min(1, o.shared / of.size)
}
