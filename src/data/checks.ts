import type { Check, Severity } from '../schema/report'
import type { Dataset } from './dataset'

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
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** Every check result of the selected reports, most severe first, then county, year. */
export function listChecks(ds: Dataset, mask: Uint8Array): CheckRow[] {
  const rows: CheckRow[] = []
  ds.reports.forEach((r, i) => {
    if (mask[i] === 0)
      return
    for (const c of r.checks) {
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
      })
    }
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
    for (const c of r.checks) {
      if (c.severity === 'info' || picked[c.severity].length >= n)
        continue
      picked[c.severity].push({ report: i, reportId: r.id, region: r.region, prefecture: r.prefecture, year: r.year, agency: r.agency, check: c.id, severity: c.severity, message: c.message, detail: c })
    }
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
