import type { AuditResult } from '../schema/audit'
import type { CheckParams } from '../schema/report'

/**
 * A check's identity across reloads and re-parses, for its review status
 * (docs/audit.md, "Review"): the rule id, the report id(s) it concerns (report
 * ids are content hashes, stable across parses) and the indicator, or for
 * 内容雷同 the section. Never an array index: the lists are sorted and
 * filtered. A variant is left out (a re-parse that finds the figures changed
 * is still the same finding). Where one report carries the same rule twice
 * for the same indicator (two table rows), the second is `…#2`, in the
 * order the parser reports them.
 */

/** What a key is made of: a per-report check or an audit result. */
export interface KeyedCheck {
  id: string
  indicator?: string
  params?: CheckParams
}

/** Separates a key's parts; report ids and indicators never contain it. */
const SEP = '|'

function baseKey(check: KeyedCheck, reportIds: readonly string[]): string {
  const what = check.indicator ?? (check.params?.section === undefined ? '' : `§${check.params.section}`)
  return [check.id, reportIds.join('+'), what].join(SEP)
}

/** Keys of checks in their given order, repeats numbered `#2`, `#3` … */
export function checkKeys(checks: readonly { check: KeyedCheck, reportIds: readonly string[] }[]): string[] {
  const seen = new Map<string, number>()
  return checks.map(({ check, reportIds }) => {
    const base = baseKey(check, reportIds)
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    return n === 1 ? base : `${base}#${n}`
  })
}

/** Keys of a report's checks list, kept while the list lives (the flags and the checks list key every report's on each change). */
const keysOfChecks = new WeakMap<readonly KeyedCheck[], { reportId: string, keys: readonly string[] }>()

/** Keys of one report's own checks. */
export function reportCheckKeys(reportId: string, checks: readonly KeyedCheck[]): readonly string[] {
  const kept = keysOfChecks.get(checks)
  if (kept?.reportId === reportId)
    return kept.keys
  const keys = checkKeys(checks.map(check => ({ check, reportIds: [reportId] })))
  keysOfChecks.set(checks, { reportId, keys })
  return keys
}

/**
 * Keys of one results list, kept while the list lives: the flags and the
 * checks list both key the same list when the audit's results arrive
 * (~40 ms each at a million observations, issue 13).
 */
const keysOfResults = new WeakMap<readonly AuditResult[], readonly string[]>()

/** Keys of the audit's results, in the results' order (the checks list, the flags and the audit store's verified estimates use these). */
export function auditResultKeys(results: readonly AuditResult[]): readonly string[] {
  let keys = keysOfResults.get(results)
  if (!keys) {
    keys = checkKeys(results.map(r => ({ check: r, reportIds: r.reports })))
    keysOfResults.set(results, keys)
  }
  return keys
}

/** A flagged value: one indicator of one report (what the charts look up). */
export function flagKey(reportId: string, indicator: string): string {
  return `${reportId}${SEP}${indicator}`
}
