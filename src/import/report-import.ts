import type { Check, SourceFormat } from '../schema/report'
import type { SourcedReport } from '../schema/snapshot'
import type { ParsedReport, ParseOptions } from '../parser'
import { parseReport } from '../parser'

export type ReportParser = (raw: string, options: ParseOptions) => ParsedReport

/** Fields without which a report cannot be placed on a chart: the user fills them in. */
export type MissingField = 'region' | 'year'

/** What a reader made of a published file: its format and what it found wrong (before the parser's checks). */
export interface ReadSource {
  sourceFormat: SourceFormat
  checks: Check[]
}

/** Parse a report text with the same parser the CLI uses; a reader's checks come first, as in the CLI. */
export function importReportText(text: string, file: string, parse: ReportParser = parseReport, source: ReadSource = { sourceFormat: 'text', checks: [] }): SourcedReport {
  const { text: shown, ...report } = parse(text, { file, sourceFormat: source.sourceFormat })
  return { ...report, checks: [...source.checks, ...report.checks], file, text: shown }
}

export function missingFields(report: Pick<SourcedReport, 'region' | 'year'>): MissingField[] {
  const missing: MissingField[] = []
  if (report.region === null)
    missing.push('region')
  if (report.year === null)
    missing.push('year')
  return missing
}
