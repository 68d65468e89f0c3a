import type { SourcedReport } from '../schema/snapshot'
import type { ParsedReport, ParseOptions } from '../parser'
import { makeCheck } from '../catalog/checks'
import { findCountyByName } from '../catalog/gazetteer'
import { parseReport } from '../parser'

export type ReportParser = (raw: string, options: ParseOptions) => ParsedReport

/** Fields without which a report cannot be placed on a chart: the user fills them in. */
export type MissingField = 'region' | 'year'

/** What the user typed for a report's missing fields. */
export interface ReportFill {
  /** A county-level unit from the gazetteer. */
  region?: string | null
  year?: number | null
}

/** Years a report can plausibly cover (the 2008 regulation to a little past now). */
export const YEAR_MIN = 2008
export const YEAR_MAX = 2100

/** Parse a report text with the same parser the CLI uses. */
export function importReportText(text: string, file: string, parse: ReportParser = parseReport): SourcedReport {
  const { text: shown, ...report } = parse(text, { file })
  return { ...report, file, text: shown }
}

export function missingFields(report: Pick<SourcedReport, 'region' | 'year'>): MissingField[] {
  const missing: MissingField[] = []
  if (report.region === null)
    missing.push('region')
  if (report.year === null)
    missing.push('year')
  return missing
}

/** Whether what the user typed completes the report. */
export function isFillValid(report: Pick<SourcedReport, 'region' | 'year'>, fill: ReportFill): boolean {
  const region = report.region ?? fill.region ?? null
  const year = report.year ?? fill.year ?? null
  return region !== null && findCountyByName(region) !== undefined
    && year !== null && Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX
}

/**
 * The report with the user's region and year where the parser found none
 * (prefecture and province follow from the gazetteer). An info check records
 * that a person, not the parser, supplied them.
 */
export function completeReport(report: SourcedReport, fill: ReportFill): SourcedReport {
  const out: SourcedReport = {
    ...report,
    checks: [...report.checks],
  }
  const notes: string[] = []
  if (report.region === null && fill.region) {
    const place = findCountyByName(fill.region)
    if (place) {
      out.region = place.county.name
      out.prefecture = place.prefecture.name
      out.province = place.province.name
      notes.push(place.county.name)
    }
  }
  if (report.year === null && fill.year != null) {
    out.year = fill.year
    notes.push(String(fill.year))
  }
  if (notes.length > 0) {
    out.checks.push(makeCheck('import.filled_in', { fields: notes.join(', ') }))
  }
  return out
}
