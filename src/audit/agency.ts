import type { AuditReport } from './types'

/**
 * "The same agency" (spec §6): the same normalised agency name in the same
 * region. The name loses its whitespace and the place names in front of it
 * (province, prefecture, county: 淮安市洪泽区人民政府 and 洪泽区人民政府 are one
 * agency), and a government's office stands for the government
 * (盐池县人民政府办公室 publishes 盐池县人民政府's report).
 */

/** Every kind of whitespace, which PDF conversion scatters through names. */
const SPACE = /\s+/g
/** A government's own office, which publishes the government's report. */
const GOVERNMENT_OFFICE = /人民政府办公室$/

/** The agency's name without its place prefixes and spacing. */
export function normaliseAgency(agency: string, places: readonly (string | null)[]): string {
  let name = agency.replace(SPACE, '').replace(GOVERNMENT_OFFICE, '人民政府')
  for (const place of places) {
    if (place && name.startsWith(place) && name.length > place.length)
      name = name.slice(place.length)
  }
  return name
}

/** The agency's identity across years, or null when the report does not say who or where. */
export function agencyKey(r: Pick<AuditReport, 'agency' | 'region' | 'prefecture' | 'province'>): string | null {
  if (!r.agency || !r.region)
    return null
  return `${r.region}\u0000${normaliseAgency(r.agency, [r.province, r.prefecture, r.region])}`
}

/** One agency's reports by year (several where the set holds duplicates). */
export type AgencySeries = ReadonlyMap<number, readonly AuditReport[]>

/** Reports grouped by agency, then year; reports without agency, region or year are left out. */
export function groupByAgency(reports: readonly AuditReport[]): Map<string, Map<number, AuditReport[]>> {
  const groups = new Map<string, Map<number, AuditReport[]>>()
  for (const r of reports) {
    const key = agencyKey(r)
    if (key === null || r.year === null)
      continue
    let series = groups.get(key)
    if (!series)
      groups.set(key, series = new Map())
    const list = series.get(r.year)
    if (list)
      list.push(r)
    else
      series.set(r.year, [r])
  }
  return groups
}

/** Consecutive-year pairs of one agency: [last year's report, this year's report]. */
export function* yearPairs(series: AgencySeries): Generator<[AuditReport, AuditReport]> {
  for (const [year, current] of series) {
    const previous = series.get(year - 1)
    if (!previous)
      continue
    for (const p of previous) {
      for (const c of current)
        yield [p, c]
    }
  }
}
