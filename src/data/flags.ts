import type { AuditResult } from '../schema/audit'
import type { Dataset } from './dataset'
import { auditResultKeys, flagKey, reportCheckKeys } from './check-key'

/** What the charts mark: values (report + indicator) and reports with a failed check not ignored. */
export interface Flags {
  /** `flagKey(reportId, indicator)` of every value a check concerns. */
  values: ReadonlySet<string>
  /** Report ids with any such check (with or without an indicator). */
  reports: ReadonlySet<string>
}

export const NO_FLAGS: Flags = { values: new Set(), reports: new Set() }

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size)
    return false
  for (const x of a) {
    if (!b.has(x))
      return false
  }
  return true
}

/** Whether two flag sets flag the same values and reports. */
export function sameFlags(a: Flags, b: Flags): boolean {
  return a === b || (sameSet(a.values, b.values) && sameSet(a.reports, b.reports))
}

/**
 * Every failed check of the loaded reports (their own and the audit's
 * across reports) whose review status is not 已忽略 (`ignored`: the keys of
 * the checks marked so), as the values and reports it concerns. A check
 * across reports flags its indicator in each report it reads (a jump is
 * between both years' values). With nothing ignored, no check's key is
 * needed: at a million observations, keying every report's checks was
 * 40–60 ms of the chart view's first render (issue 13).
 */
export function flaggedValues(ds: Dataset, results: readonly AuditResult[], ignored: ReadonlySet<string>): Flags {
  const values = new Set<string>()
  const reports = new Set<string>()
  const add = (reportIds: readonly string[], indicator: string | undefined) => {
    for (const id of reportIds) {
      reports.add(id)
      if (indicator !== undefined)
        values.add(flagKey(id, indicator))
    }
  }
  const keyed = ignored.size > 0
  for (const r of ds.reports) {
    if (r.checks.length === 0)
      continue
    const keys = keyed ? reportCheckKeys(r.id, r.checks) : undefined
    r.checks.forEach((c, i) => {
      if (!keys || !ignored.has(keys[i]!))
        add([r.id], c.indicator)
    })
  }
  const keys = keyed ? auditResultKeys(results) : undefined
  results.forEach((r, i) => {
    if (!keys || !ignored.has(keys[i]!))
      add(r.reports, r.indicator)
  })
  return { values, reports }
}

/** Which of the reports `reportIndices` have their value of `indicator` flagged (a KPI's ⚠ counts and names them). */
export function flaggedAmong(ds: Dataset, reportIndices: readonly number[], indicator: string, flags: Flags): number[] {
  return reportIndices.filter(r => flags.values.has(flagKey(ds.reports[r]!.id, indicator)))
}
