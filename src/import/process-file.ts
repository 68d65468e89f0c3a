import type { SourcedReport } from '../schema/snapshot'
import type { Check, SourceFormat } from '../schema/report'
import type { CsvImportResult } from './csv-import'
import type { Encoding } from '../readers/decode'
import type { FileIssueCode, Issue } from './issues'
import type { FileProgress } from './progress'
import type { ReportParser } from './report-import'
import { importTidyCsv } from './csv-import'
import { intakeBytes } from './intake'
import { importReportText } from './report-import'

/** A CSV that parsed: the header was right, so its rows were each judged. */
export type CsvFileData = Extract<CsvImportResult, { ok: true }>

/** What the file was read as, for the summary (a PDF's page count, a page's charset). */
export interface FileSource {
  /** null for a tidy CSV and for a file refused before its format was known. */
  format: SourceFormat | null
  /** Pages of a PDF; null for other formats. */
  pages: number | null
  /** The text's encoding where the file is text (a report text, a CSV, a web page that declares it); null for PDF and .docx. */
  encoding: Encoding | null
  bom: boolean
}

/**
 * What one file became: refused (with the import's issues, or the reader's
 * error checks such as `input.no_text_layer`), one report, or a tidy CSV's
 * reports and rejected rows.
 */
export type FileResult
  = | ({ kind: 'refused', name: string, size: number, issues: Issue<FileIssueCode>[], /** The reader's checks that refused it. */ checks?: Check[] } & Partial<FileSource>)
    | ({ kind: 'report', name: string, size: number, report: SourcedReport } & FileSource)
    | ({ kind: 'csv', name: string, size: number, csv: CsvFileData } & FileSource)

export interface ProcessOptions {
  onProgress?: (progress: FileProgress) => void
  /** The report parser; tests may pass their own. */
  parse?: ReportParser
}

/**
 * Bytes of a report text or tidy CSV → what it contains. Pure and
 * synchronous: the import worker calls it (through readImportFile, which
 * sends PDFs, web pages and .docx to the readers first), and unit tests call
 * it with fixture bytes.
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
  const source = { pages: null, encoding: intake.encoding, bom: intake.bom }
  if (intake.kind === 'report') {
    return {
      kind: 'report',
      name,
      size,
      format: 'text',
      ...source,
      report: importReportText(intake.text, name, options.parse),
    }
  }
  const onProgress = options.onProgress
  const csv = importTidyCsv(intake.text, { file: name, onProgress: onProgress && (p => onProgress({ unit: 'rows', ...p })) })
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
    format: null,
    ...source,
    csv,
  }
}
