import type { ReviewRecord, ReviewStatus } from '../schema/review'
import { REVIEW_FORMAT } from '../schema/review'
import { toCsv } from './csv'

/**
 * The review of a checks list as files a team can share (docs/audit.md,
 * "Review"): CSV (UTF-8 with BOM, formula-neutralised, through toCsv) and
 * JSON. The first four CSV columns are what an import reads; the rest
 * describe the check for a reader of the spreadsheet.
 */

export interface ReviewExportRow {
  key: string
  status: ReviewStatus
  note: string
  /** Empty for a check nobody reviewed. */
  updated: string
  check: string
  severity: string
  county: string
  year: number | null
  agency: string
  message: string
}

export const REVIEW_CSV_COLUMNS = ['key', 'status', 'note', 'updated', 'check', 'severity', 'county', 'year', 'agency', 'message'] as const

export function reviewCsv(rows: readonly ReviewExportRow[]): string {
  return toCsv(REVIEW_CSV_COLUMNS, rows.map(r => REVIEW_CSV_COLUMNS.map(c => r[c])))
}

/** The JSON file: the reviewed checks only (a pending check without a note has nothing to share). */
export function reviewJson(records: readonly ReviewRecord[]): string {
  return `${JSON.stringify({ format: REVIEW_FORMAT, records }, null, 2)}\n`
}

/** The rows an import refused, to fix and import again: line and reason, then the row's cells under the file's header. */
export function rejectedReviewCsv(header: readonly string[], rejected: readonly { line: number, cells: readonly string[] }[], reasons: readonly string[], labels: { line: string, reason: string }): string {
  return toCsv([labels.line, labels.reason, ...header], rejected.map((r, i) => [r.line, reasons[i], ...r.cells]))
}
