/**
 * The largest file read at all, in the browser import and in the CLI alike:
 * an annual report is well under 1 MB of text (a few MB as PDF), and a
 * 20 MB tidy CSV holds about 150 000 observations. A 50 MB text took the
 * CLI 49.5 s and 840 MB before this cap (issue 14).
 */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024

/** The limit as people say it, for messages. */
export const MAX_INPUT_MB = MAX_INPUT_BYTES / (1024 * 1024)
