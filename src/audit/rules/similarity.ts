import type { AuditResult } from '../../schema/audit'
import type { AgencySeries } from '../agency'
import type { Overlap } from '../similarity/compare'
import type { PrintSection, SectionPrint } from '../similarity/prints'
import type { AuditReport } from '../types'
import { agencyKey } from '../agency'
import { auditResult } from '../result'
import { estimatedOverlap, overlap, shareOf } from '../similarity/compare'
import { candidatePairs } from '../similarity/lsh'
import { numbersNotIn } from '../similarity/numbers'
import { PRINT_SECTIONS } from '../similarity/prints'

/**
 * 内容雷同 (spec §6): sections 一, 五 and 六 compared with the same agency's
 * previous report (similarity.previous_year) and with other agencies'
 * reports of the same year (similarity.peer). The share is the part of a
 * section's shingles (5 characters, digits folded) found in the other
 * text; a share of at least SIMILARITY.threshold is flagged. When most of
 * the section's numbers and dates are not in the other text although its
 * sentences are, the result says so: the typical copy with figures updated.
 */
export const SIMILARITY = {
  /** Flagged from this share on (docs/audit.md: the measured distributions it separates). */
  threshold: 0.5,
  /** Candidates whose estimated share is this far below the threshold are not measured exactly. */
  margin: 0.15,
  /** The typical copy: at least this many numbers, and at least this part of them not in the other text. */
  minNumbers: 2,
  changedNumbers: 0.5,
} as const

function percent(share: number, o: Overlap): string {
  const p = Math.round(share * 100)
  return o.exact ? String(p) : `≈${p}`
}

/** Whether `a` kept the other text's sentences but not its figures. */
function numbersChanged(a: SectionPrint, b: SectionPrint): { numbers: number, changed: number } | null {
  const { total, missing } = numbersNotIn(a.numbers, b.numbers)
  return total >= SIMILARITY.minNumbers && missing >= SIMILARITY.changedNumbers * total ? { numbers: total, changed: missing } : null
}

/** The latest earlier report of the agency, for each report. */
function previousReports(series: AgencySeries): [AuditReport, AuditReport][] {
  const years = [...series.keys()].sort((a, b) => a - b)
  const pairs: [AuditReport, AuditReport][] = []
  for (let i = 1; i < years.length; i++) {
    for (const previous of series.get(years[i - 1]!)!) {
      for (const current of series.get(years[i]!)!)
        pairs.push([previous, current])
    }
  }
  return pairs
}

/** similarity.previous_year of one section: `current` against the agency's `previous` report. */
export function previousYearResult(previous: AuditReport, current: AuditReport, section: PrintSection): AuditResult | null {
  const a = current.prints?.[section]
  const b = previous.prints?.[section]
  if (!a || !b)
    return null
  const o = overlap(a, b)
  const share = shareOf(a, o)
  if (share < SIMILARITY.threshold)
    return null
  const changed = numbersChanged(a, b)
  const params = { agency: current.agency ?? '', section, share: percent(share, o), year: current.year!, prevYear: previous.year! }
  const target = { values: [Math.round(share * 1000) / 10] }
  return changed
    ? auditResult('similarity.previous_year/numbers_changed', { ...params, ...changed }, [previous.id, current.id], target)
    : auditResult('similarity.previous_year', params, [previous.id, current.id], target)
}

/** similarity.previous_year over one agency's reports. */
export function checkPreviousYear(series: AgencySeries): AuditResult[] {
  const results: AuditResult[] = []
  for (const [previous, current] of previousReports(series)) {
    for (const section of PRINT_SECTIONS) {
      const r = previousYearResult(previous, current, section)
      if (r)
        results.push(r)
    }
  }
  return results
}

/**
 * similarity.peer of one section of two agencies' reports. The smaller text
 * is the one whose share counts (it is the more contained) and comes first.
 * `prefilter` skips the exact measurement when the estimate is far below
 * the threshold.
 */
export function peerResult(x: AuditReport, y: AuditReport, section: PrintSection, prefilter = false): AuditResult | null {
  const px = x.prints?.[section]
  const py = y.prints?.[section]
  if (!px || !py)
    return null
  const [a, b, pa, pb] = px.size < py.size || (px.size === py.size && x.id < y.id) ? [x, y, px, py] : [y, x, py, px]
  if (prefilter && shareOf(pa, estimatedOverlap(pa, pb)) < SIMILARITY.threshold - SIMILARITY.margin)
    return null
  const o = overlap(pa, pb)
  const share = shareOf(pa, o)
  if (share < SIMILARITY.threshold)
    return null
  const changed = numbersChanged(pa, pb)
  const params = { agency: a.agency ?? '', other: b.agency ?? '', section, share: percent(share, o), year: a.year! }
  const target = { values: [Math.round(share * 1000) / 10] }
  return changed
    ? auditResult('similarity.peer/numbers_changed', { ...params, ...changed }, [a.id, b.id], target)
    : auditResult('similarity.peer', params, [a.id, b.id], target)
}

interface Entry { report: AuditReport, key: string, print: SectionPrint }

/** similarity.peer over every report: candidates by LSH within a year and section, then measured. */
export function checkPeers(reports: readonly AuditReport[]): AuditResult[] {
  const groups = new Map<string, Entry[]>()
  for (const report of reports) {
    const key = agencyKey(report)
    if (key === null || report.year === null || !report.prints)
      continue
    for (const section of PRINT_SECTIONS) {
      const print = report.prints[section]
      if (!print)
        continue
      const g = `${report.year}\u0000${section}`
      const list = groups.get(g)
      if (list)
        list.push({ report, key, print })
      else
        groups.set(g, [{ report, key, print }])
    }
  }
  const results: AuditResult[] = []
  for (const [g, entries] of groups) {
    const section = g.slice(g.indexOf('\u0000') + 1) as PrintSection
    for (const [i, j] of candidatePairs(entries.map(e => e.print.signature))) {
      if (entries[i]!.key === entries[j]!.key)
        continue
      const r = peerResult(entries[i]!.report, entries[j]!.report, section, true)
      if (r)
        results.push(r)
    }
  }
  return results
}
