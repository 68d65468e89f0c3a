import { EXTENSIONS } from '../readers/formats'
import { MAX_INPUT_BYTES, MAX_INPUT_MB } from '../readers/limits'

export { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_MB, sizeLimitOf, sizeLimitOfFormat } from '../readers/limits'

/**
 * What the import accepts. The size limit keeps a 20 MB tidy CSV (about
 * 150 000 observations) well within a worker's memory and IndexedDB's quota;
 * larger datasets belong in a preparsed snapshot (see docs/import.md).
 */
export const MAX_IMPORT_BYTES = MAX_INPUT_BYTES

/** The limit as people say it, for messages. */
export const MAX_IMPORT_MB = MAX_INPUT_MB

/**
 * A PDF with more pages is refused before any page is read
 * (`input.too_many_pages`): annual reports run to a few dozen pages, and
 * 200 pages already take 10–40 s to read on a busy office machine.
 */
export const MAX_PDF_PAGES = 200

const dotted = (extensions: readonly string[]) => extensions.map(e => `.${e}`)

/** Extensions of report texts (converted from PDF or copied from a web page). */
export const REPORT_EXTENSIONS: readonly string[] = dotted(EXTENSIONS.text)

/** Extensions of published reports read by src/readers (PDF, saved web page, Word). */
export const DOCUMENT_EXTENSIONS: readonly string[] = dotted([...EXTENSIONS.pdf, ...EXTENSIONS.html, ...EXTENSIONS.docx])

/** Extensions of tidy CSV files (spec §7). */
export const CSV_EXTENSIONS: readonly string[] = ['.csv']

/** For the file picker's `accept`: the picker suggests these; drops are never filtered. */
export const ACCEPTED_EXTENSIONS = [
  ...DOCUMENT_EXTENSIONS,
  ...REPORT_EXTENSIONS,
  ...CSV_EXTENSIONS,
].join(',')
