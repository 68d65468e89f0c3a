/**
 * What 内容雷同 keeps of a section's text: enough to find and measure copies
 * without the text itself, so the app can audit a dataset without fetching
 * every report's evidence file (docs/audit.md).
 */

/** The sections compared: the free-text ones (二–四 are the prescribed tables). */
export const PRINT_SECTIONS = ['一', '五', '六'] as const
export type PrintSection = (typeof PRINT_SECTIONS)[number]

export interface SectionPrint {
  /** Characters after normalising (whitespace and punctuation dropped, digit runs folded to one). */
  chars: number
  /** Distinct shingles (character n-grams of the normalised text). */
  size: number
  /** One-permutation MinHash with densification: SIGNATURE_SIZE 16-bit values. */
  signature: Uint16Array
  /** 16-bit hashes of the section's number tokens (a number with the character after it), sorted, distinct, the smallest MAX_NUMBERS. */
  numbers: Uint16Array
  /** The exact shingle set (sorted distinct 32-bit hashes), only where the text is at hand (CLI, bench). */
  shingles?: Uint32Array
}

export type ReportPrints = Partial<Record<PrintSection, SectionPrint>>
