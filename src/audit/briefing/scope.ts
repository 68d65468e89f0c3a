import type { BriefingReport, BriefingScope } from './types'
import { gazetteerCounties } from '../../catalog/gazetteer'

export interface ScopeCounty {
  region: string
  prefecture: string | null
  inGazetteer: boolean
}

/** The report lies in the scope's prefectures, counties and agency kinds (an empty list keeps all). */
export function inScope(r: BriefingReport, scope: BriefingScope): boolean {
  return (scope.prefectures.length === 0 || (r.prefecture !== null && scope.prefectures.includes(r.prefecture)))
    && (scope.counties.length === 0 || (r.region !== null && scope.counties.includes(r.region)))
    && (scope.kinds.length === 0 || (r.agencyKind !== null && scope.kinds.includes(r.agencyKind)))
}

/**
 * The counties the briefing lists: every gazetteer county of the scope, by
 * the coverage matrix's rule (gazetteerCounties in src/catalog/gazetteer.ts), so
 * one without any report is listed as not reporting; then any other region
 * a report of the scope names (an imported report from elsewhere).
 */
export function scopeCounties(reports: readonly BriefingReport[], scope: BriefingScope): ScopeCounty[] {
  const out: ScopeCounty[] = gazetteerCounties(new Set(reports.map(r => r.prefecture)), scope).map(c => ({ ...c, inGazetteer: true }))
  const seen = new Set(out.map(c => c.region))
  for (const r of reports) {
    if (r.region !== null && !seen.has(r.region) && inScope(r, scope)) {
      seen.add(r.region)
      out.push({ region: r.region, prefecture: r.prefecture, inGazetteer: false })
    }
  }
  return out
}
