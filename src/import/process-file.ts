import type { SourcedReport } from '../schema/snapshot'
import type { CsvImportResult, CsvProgress } from './csv-import'
import type { Encoding } from '../readers/decode'
import type { FileIssueCode, Issue } from './issues'
import type { ReportParser } from './report-import'
import { importTidyCsv } from './csv-import'
import { intakeBytes } from './intake'
import { importReportText } from './report-import'

/** A CSV that parsed: the header was right, so its rows were each judged. */
export type CsvFileData = Extract<CsvImportResult, { ok: true }>

/** What one file became: refused, one report, or a tidy CSV's reports and rejected rows. */
export type FileResult
  = | { kind: 'refused', name: string, size: number, issues: Issue<FileIssueCode>[] }
    | { kind: 'report', name: string, size: number, encoding: Encoding, bom: boolean, report: SourcedReport }
    | { kind: 'csv', name: string, size: number, encoding: Encoding, bom: boolean, csv: CsvFileData }

export interface ProcessOptions {
  onProgress?: (progress: CsvProgress) => void
  /** The report parser; tests may pass their own. */
  parse?: ReportParser
}

/**
 * Bytes of one dropped file → what it contains. Pure and synchronous: the
 * import worker calls it, and unit tests call it with fixture bytes.
 */
export function processFile(name: string, bytes: Uint8Array, options: ProcessOptions = {}): FileResult {
  const size = bytes.length
  const intake = intakeBytes(name, bytes)
  if (!intake.ok) {
    return {
      kind: 'refused',
      name,
      size,
      issues: [intake.issue],
    }
  }
  if (intake.kind === 'report') {
    return {
      kind: 'report',
      name,
      size,
      encoding: intake.encoding,
      bom: intake.bom,
      report: importReportText(intake.text, name, options.parse),
    }
  }
  const csv = importTidyCsv(intake.text, { file: name, onProgress: options.onProgress })
  if (!csv.ok) {
    return {
      kind: 'refused',
      name,
      size,
      issues: csv.issues,
    }
  }
  return {
    kind: 'csv',
    name,
    size,
    encoding: intake.encoding,
    bom: intake.bom,
    csv,
  }
}
