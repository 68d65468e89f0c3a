/**
 * What the import accepts. The size limit keeps a 20 MB tidy CSV (about
 * 150 000 observations) well within a worker's memory and IndexedDB's quota;
 * larger datasets belong in a preparsed snapshot (see docs/import.md).
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

/** The limit as people say it, for messages. */
export const MAX_IMPORT_MB = MAX_IMPORT_BYTES / (1024 * 1024)

/** Extensions of report texts (converted from PDF or copied from a web page). */
export const REPORT_EXTENSIONS = ['.txt', '.md'] as const

/** Extensions of tidy CSV files (spec §7). */
export const CSV_EXTENSIONS = ['.csv'] as const

/** For the file picker's `accept`: the picker suggests these; drops are never filtered. */
export const ACCEPTED_EXTENSIONS = [
  ...REPORT_EXTENSIONS,
  ...CSV_EXTENSIONS,
].join(',')
