import type { AgencyKind } from '../schema/report'
import type { SourcedReport } from '../schema/snapshot'
import type { CheckKey } from '../catalog/checks'
import { makeCheck } from '../catalog/checks'
import { findCountyByName } from '../catalog/gazetteer'
import { kindOf } from '../parser/metadata-place'
import { missingFields } from './report-import'

/** Metadata the reviewer may correct before accepting a report. */
export const CORRECTABLE_FIELDS = ['year', 'region', 'agency', 'agencyKind'] as const
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number]

/**
 * What the reviewer typed for a report. A field left undefined or null keeps
 * what the parser read; a value equal to it changes nothing.
 */
export interface ReportCorrection {
  /** A county-level unit of the gazetteer. */
  region?: string | null
  year?: number | null
  agency?: string | null
  agencyKind?: AgencyKind | null
}

/** Years a report can plausibly cover (the 2008 regulation to a little past now). */
export const YEAR_MIN = 2008
export const YEAR_MAX = 2100

const CHECK_OF: Record<CorrectableField, CheckKey> = {
  year: 'import.corrected/year',
  region: 'import.corrected/region',
  agency: 'import.corrected/agency',
  agencyKind: 'import.corrected/agency_kind',
}

/** The agency as typed, without surrounding or inner spaces ('' when nothing was typed). */
function agencyOf(typed: string | null | undefined): string {
  return (typed ?? '').replace(/\s+/g, '')
}

/** Fields whose typed value cannot be used: a year out of range, a place outside the gazetteer. */
export function invalidFields(correction: ReportCorrection): CorrectableField[] {
  const bad: CorrectableField[] = []
  const { year, region } = correction
  if (year != null && (!Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX))
    bad.push('year')
  if (region != null && region !== '' && findCountyByName(region) === undefined)
    bad.push('region')
  return bad
}

/** Whether the report can be accepted with this correction: nothing invalid, and region and year known. */
export function isCorrectionComplete(report: Pick<SourcedReport, 'region' | 'year'>, correction: ReportCorrection): boolean {
  if (invalidFields(correction).length > 0)
    return false
  const region = correction.region || report.region
  const year = correction.year ?? report.year
  return missingFields({ region: region ?? null, year: year ?? null }).length === 0
}

/** A check's way of writing a value that was not there. */
const NONE = '—'

/**
 * The report with the reviewer's corrections: region (with its prefecture
 * and province from the gazetteer), year, agency and agency kind. A
 * corrected agency whose kind the reviewer did not choose gets the kind its
 * name says, as the parser would have given it. Every field that changed
 * gets an info check `import.corrected` naming the old and the new value, so
 * the report says wherever it is shown that a person, not the parser, set it.
 */
export function applyCorrection(report: SourcedReport, correction: ReportCorrection): SourcedReport {
  if (invalidFields(correction).length > 0)
    throw new Error('applyCorrection: the correction has invalid fields; check invalidFields first')
  const out: SourcedReport = { ...report, checks: [...report.checks] }
  const note = (field: CorrectableField, old: string | number | null, value: string | number) => {
    out.checks.push(makeCheck(CHECK_OF[field], field === 'agencyKind'
      ? { oldKind: old ?? NONE, newKind: value }
      : { old: old ?? NONE, new: value }))
  }

  const place = correction.region ? findCountyByName(correction.region) : undefined
  if (place && place.county.name !== report.region) {
    out.region = place.county.name
    out.prefecture = place.prefecture.name
    out.province = place.province.name
    note('region', report.region, place.county.name)
  }
  if (correction.year != null && correction.year !== report.year) {
    out.year = correction.year
    note('year', report.year, correction.year)
  }
  const agency = agencyOf(correction.agency)
  if (agency !== '' && agency !== report.agency) {
    out.agency = agency
    note('agency', report.agency, agency)
  }
  const kind = correction.agencyKind
    ?? (out.agency !== report.agency && out.agency !== null ? kindOf(out.agency, out.region, findCountyByName(out.region ?? '') ?? null) : null)
  if (kind !== null && kind !== report.agencyKind) {
    out.agencyKind = kind
    note('agencyKind', report.agencyKind, kind)
  }
  return out
}

/** Whether the reviewer changed anything (for the summary's "corrected" mark). */
export function correctedFields(report: SourcedReport, correction: ReportCorrection): CorrectableField[] {
  const corrected = applyCorrection(report, correction)
  return CORRECTABLE_FIELDS.filter(f => corrected[f] !== report[f])
}
