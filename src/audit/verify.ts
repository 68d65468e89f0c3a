import type { AuditResult } from '../schema/audit'
import type { PrintSection } from './similarity/prints'
import type { AuditReport } from './types'
import { peerResult, previousYearResult } from './rules/similarity'
import { PRINT_SECTIONS } from './similarity/prints'
import { sectionPrint } from './similarity/report-prints'
import { sectionTexts } from './similarity/section-text'

/**
 * The exact check on a candidate (docs/audit.md): the app finds 内容雷同 from
 * the snapshot's signatures, whose estimates err by a few points; once the
 * two reports' texts are at hand, the result is measured again on the
 * shingle sets. Gives the exact result, or null when the exact share is
 * below the threshold (or a text no longer has the section).
 */
export function isEstimated(result: AuditResult): boolean {
  return result.id.startsWith('similarity.') && String(result.params?.share ?? '').startsWith('≈')
}

export function verifySimilarity(result: AuditResult, reports: readonly [AuditReport, AuditReport], texts: readonly [string, string]): AuditResult | null {
  const section = result.params?.section as PrintSection
  if (!PRINT_SECTIONS.includes(section))
    return null
  const exact = reports.map((r, i) => {
    const text = sectionTexts(texts[i]!)[section]
    const print = text === undefined ? null : sectionPrint(text, { exact: true })
    return print ? { ...r, prints: { [section]: print } } : null
  })
  const [a, b] = exact
  if (!a || !b)
    return null
  return result.id === 'similarity.previous_year' ? previousYearResult(a, b, section) : peerResult(a, b, section)
}
