import type { ReportPrints, SectionPrint } from './prints'
import { normaliseText } from './normalize'
import { numberTokens } from './numbers'
import { PRINT_SECTIONS } from './prints'
import { sectionTexts } from './section-text'
import { distinctSorted, shingleHashes } from './shingles'
import { signatureOf } from './signature'

/**
 * Below this many compared characters a section is left out: 六 often says
 * only 本年度无收取信息处理费情况 or 无其他需要报告的事项, the same in every
 * report of every agency; a copied formula is not 内容雷同. 100 characters
 * is two or three sentences.
 */
export const MIN_SECTION_CHARS = 200

/** The print of one section's text, or null when it is too short to judge. */
export function sectionPrint(text: string, options: { exact?: boolean } = {}): SectionPrint | null {
  const { chars } = normaliseText(text)
  if (chars.length < MIN_SECTION_CHARS)
    return null
  const hashes = shingleHashes(chars)
  const shingles = distinctSorted(hashes)
  const print: SectionPrint = {
    chars: chars.length,
    size: shingles.length,
    signature: signatureOf(hashes)!,
    numbers: numberTokens(text),
  }
  if (options.exact)
    print.shingles = shingles
  return print
}

/** Prints of sections 一, 五 and 六 of a report text (`exact` keeps the shingle sets, for the CLI). */
export function reportPrints(text: string, options: { exact?: boolean } = {}): ReportPrints {
  const texts = sectionTexts(text)
  const prints: ReportPrints = {}
  for (const key of PRINT_SECTIONS) {
    const t = texts[key]
    const print = t === undefined ? null : sectionPrint(t, options)
    if (print)
      prints[key] = print
  }
  return prints
}
