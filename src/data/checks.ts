import type { AuditResult } from '../schema/audit'
import type { Check, Severity } from '../schema/report'
import type { Dataset } from './dataset'
import { auditResultKeys, reportCheckKeys } from './check-key'
import { checkTarget } from './check-target'

/** A link of a check across reports to one of them, at the number it concerns there. */
export interface CheckLink {
  id: string
  label: string
  target: Record<string, string>
}

/** One check result of one selected report, flattened for the checks table. */
export interface CheckRow {
  /** Dataset index of the report. */
  report: number
  reportId: string
  region: string | null
  prefecture: string | null
  year: number | null
  agency: string | null
  check: string
  severity: Severity
  message: string
  /** The check itself, for its message in the UI language and where it points. */
  detail: Check
  /** Stable identity for its review status (src/data/check-key.ts). */
  key: string
  /** For a check across reports (the audit): every report it concerns, in the order the rule reads them. */
  links?: readonly CheckLink[]
  /** Where in its report the check points (the report view's `obs`/`line` parameters); absent: the top. */
  target?: Record<string, string>
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** Every check result of the selected reports, most severe first, then county, year. */
export function listChecks(ds: Dataset, mask: Uint8Array): CheckRow[] {
  const rows: CheckRow[] = []
  ds.reports.forEach((r, i) => {
    if (mask[i] === 0)
      return
    const keys = reportCheckKeys(r.id, r.checks)
    r.checks.forEach((c, n) => {
      rows.push({
        report: i,
        reportId: r.id,
        region: r.region,
        prefecture: r.prefecture,
        year: r.year,
        agency: r.agency,
        check: c.id,
        severity: c.severity,
        message: c.message,
        detail: c,
        key: keys[n]!,
        target: checkTarget(ds, i, c),
      })
    })
  })
  return rows.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.report - b.report)
}

/**
 * The first `n` errors, then warnings, of the selected reports in dataset
 * order, without flattening every check (the overview at national scale).
 */
export function topChecks(ds: Dataset, mask: Uint8Array, n: number): CheckRow[] {
  const picked: Record<'error' | 'warning', CheckRow[]> = { error: [], warning: [] }
  for (let i = 0; i < ds.reports.length && picked.error.length < n; i++) {
    if (mask[i] === 0)
      continue
    const r = ds.reports[i]!
    let keys: readonly string[] | null = null
    r.checks.forEach((c, k) => {
      if (c.severity === 'info' || picked[c.severity].length >= n)
        return
      keys ??= reportCheckKeys(r.id, r.checks)
      picked[c.severity].push({ report: i, reportId: r.id, region: r.region, prefecture: r.prefecture, year: r.year, agency: r.agency, check: c.id, severity: c.severity, message: c.message, detail: c, key: keys[k]! })
    })
  }
  return [...picked.error, ...picked.warning].slice(0, n)
}

/** How many check results per severity the selected reports carry. */
export function countChecks(ds: Dataset, mask: Uint8Array): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  ds.reports.forEach((r, i) => {
    if (mask[i] === 1) {
      for (const c of r.checks)
        counts[c.severity]++
    }
  })
  return counts
}

/**
 * The report a result across reports is about: the last one its rule reads
 * (this year's), or for similarity.peer the first (the one whose section is
 * the more contained in the other's).
 */
function subjectOf(result: AuditResult): string {
  return result.id === 'similarity.peer' ? result.reports[0]! : result.reports[result.reports.length - 1]!
}

/**
 * The audit's results (checks across reports) as rows beside the per-report
 * checks: a row stands under the report its result is about, is shown when
 * the filters select that report, and links to every report it reads.
 */
export function listAuditChecks(ds: Dataset, mask: Uint8Array, results: readonly AuditResult[]): CheckRow[] {
  const rows: CheckRow[] = []
  // Keys over every result, before the filters pick some: a key must not depend on the selection.
  const keys = auditResultKeys(results)
  for (const [n, result] of results.entries()) {
    const last = ds.reportById.get(subjectOf(result))
    if (last === undefined || mask[last] === 0)
      continue
    const r = ds.reports[last]!
    const links = result.reports.map((id) => {
      const i = ds.reportById.get(id)
      const other = i === undefined ? null : ds.reports[i]!
      const target = i === undefined ? {} : checkTarget(ds, i, result)
      return { id, label: other ? `${other.agency ?? id} ${other.year ?? ''}`.trim() : id, target }
    })
    rows.push({ report: last, reportId: r.id, region: r.region, prefecture: r.prefecture, year: r.year, agency: r.agency, check: result.id, severity: result.severity, message: result.message, detail: result, links, key: keys[n]! })
  }
  return rows
}

/** Rows per severity. */
export function countRows(rows: readonly CheckRow[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  for (const r of rows)
    counts[r.severity]++
  return counts
}
