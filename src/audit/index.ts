/**
 * The reviewer's audit: checks across reports and years (spec §6). Pure and
 * isomorphic — the CLI (scripts/audit.ts) and the app (src/stores/audit.ts)
 * run this same code, over parsed files or over the loaded dataset.
 */

import type { AuditResult } from '../schema/audit'
import type { AuditReport } from './types'
import { groupByAgency } from './agency'
import { checkContinuity } from './rules/continuity'
import { checkCoverageGaps } from './rules/coverage'
import { checkPeers, checkPreviousYear } from './rules/similarity'
import { checkTimeliness } from './rules/timeliness'
import { checkTrends } from './rules/trend'

export type { AuditReport } from './types'

/** Rule ids in the order their results are listed. */
export const AUDIT_RULES = [
  'continuity.applications',
  'continuity.regulations',
  'continuity.normative_docs',
  'trend.jump',
  'similarity.previous_year',
  'similarity.peer',
  'timeliness.late',
  'coverage.gap',
] as const

/** Results grouped by rule, then by where their last report stands in the input. */
function sortResults(results: AuditResult[], reports: readonly AuditReport[]): AuditResult[] {
  const position = new Map(reports.map((r, i) => [r.id, i]))
  const rule = (r: AuditResult) => (AUDIT_RULES as readonly string[]).indexOf(r.id)
  const last = (r: AuditResult) => position.get(r.reports[r.reports.length - 1]!) ?? 0
  const first = (r: AuditResult) => position.get(r.reports[0]!) ?? 0
  return results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rule(a.r) - rule(b.r) || last(a.r) - last(b.r) || first(a.r) - first(b.r) || a.i - b.i)
    .map(x => x.r)
}

/** Every cross-report result over `reports`. */
export function runAudit(reports: readonly AuditReport[]): AuditResult[] {
  const groups = groupByAgency(reports)
  const results: AuditResult[] = []
  // Appended one by one: a spread of tens of thousands of results would overflow the stack.
  const add = (list: Iterable<AuditResult>) => {
    for (const r of list)
      results.push(r)
  }
  for (const series of groups.values()) {
    add(checkContinuity(series))
    add(checkCoverageGaps(series))
    add(checkPreviousYear(series))
  }
  add(checkPeers(reports))
  add(checkTrends(groups))
  for (const r of reports) {
    const late = checkTimeliness(r)
    if (late)
      results.push(late)
  }
  return sortResults(results, reports)
}
