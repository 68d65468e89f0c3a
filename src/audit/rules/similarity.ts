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

/** similarity.previous_year over one agency's reports. */
export function checkPreviousYear(series: AgencySeries): AuditResult[] {
  const results: AuditResult[] = []
  for (const [previous, current] of previousReports(series)) {
    for (const section of PRINT_SECTIONS) {
      const a = current.prints?.[section]
      const b = previous.prints?.[section]
      if (!a || !b)
        continue
      const o = overlap(a, b)
      const share = shareOf(a, o)
      if (share < SIMILARITY.threshold)
        continue
      const changed = numbersChanged(a, b)
      const params = { agency: current.agency ?? '', section, share: percent(share, o), year: current.year!, prevYear: previous.year! }
      results.push(changed
        ? auditResult('similarity.previous_year/numbers_changed', { ...params, ...changed }, [previous.id, current.id], { values: [Math.round(share * 1000) / 10] })
        : auditResult('similarity.previous_year', params, [previous.id, current.id], { values: [Math.round(share * 1000) / 10] }))
    }
  }
  return results
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
      const x = entries[i]!
      const y = entries[j]!
      if (x.key === y.key)
        continue
      // The smaller text is the one whose share counts: it is the more contained.
      const [a, b] = x.print.size < y.print.size || (x.print.size === y.print.size && x.report.id < y.report.id) ? [x, y] : [y, x]
      if (shareOf(a.print, estimatedOverlap(a.print, b.print)) < SIMILARITY.threshold - SIMILARITY.margin)
        continue
      const o = overlap(a.print, b.print)
      const share = shareOf(a.print, o)
      if (share < SIMILARITY.threshold)
        continue
      const changed = numbersChanged(a.print, b.print)
      const params = { agency: a.report.agency ?? '', other: b.report.agency ?? '', section, share: percent(share, o), year: a.report.year! }
      const reportIds = [a.report.id, b.report.id]
      const target = { values: [Math.round(share * 1000) / 10] }
      results.push(changed
        ? auditResult('similarity.peer/numbers_changed', { ...params, ...changed }, reportIds, target)
        : auditResult('similarity.peer', params, reportIds, target))
    }
  }
  return results
}
