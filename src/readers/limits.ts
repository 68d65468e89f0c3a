import type { SourceFormat } from '../schema/report'
import { formatByName } from './formats'

/**
 * The largest file read at all, in the browser import and in the CLI alike:
 * an annual report is well under 1 MB of text (a few MB as PDF), and a
 * 20 MB tidy CSV holds about 150 000 observations. A 50 MB text took the
 * CLI 49.5 s and 840 MB before this cap (issue 14).
 */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024

/** The limit as people say it, for messages. */
export const MAX_INPUT_MB = MAX_INPUT_BYTES / (1024 * 1024)

/**
 * PDFs and Word files carry images and fonts: a 30-page report with photos
 * is 10–30 MB. Only their text is kept, so the cap is looser than for text;
 * it still keeps one file's bytes (copied to pdf.js's worker) well within a
 * worker's memory.
 */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
export const MAX_DOCUMENT_MB = MAX_DOCUMENT_BYTES / (1024 * 1024)

/** The size limit of a file in `format` (null: not known yet); PDFs and .docx get the documents' cap. */
export function sizeLimitOfFormat(format: SourceFormat | null): number {
  return format === 'pdf' || format === 'docx' ? MAX_DOCUMENT_BYTES : MAX_INPUT_BYTES
}

/** The size limit for a file of this name, in the browser and the CLI alike (checked before it is read). */
export function sizeLimitOf(name: string): number {
  return sizeLimitOfFormat(formatByName(name))
}
