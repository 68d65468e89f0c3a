/**
 * Everything the import can tell the user, as codes plus parameters. The UI
 * translates `import.issue.<code>` (see messages.ts); workers and pure code
 * never hold translated text.
 */

/** Why a whole file is refused. */
export const FILE_ISSUE_CODES = [
  'empty',
  'binary',
  'too-large',
  'undecodable',
  'unsupported-type',
  'csv-missing-columns',
  'csv-unknown-columns',
  'csv-duplicate-columns',
  'csv-not-tidy',
  'csv-no-rows',
  'worker-failed',
] as const
export type FileIssueCode = (typeof FILE_ISSUE_CODES)[number]

/** Why one CSV row is rejected (the rest of the file still imports). */
export const ROW_ISSUE_CODES = [
  'required',
  'not-a-number',
  'out-of-range',
  'inexact-number',
  'invalid-year',
  'invalid-choice',
  'unknown-indicator',
  'duplicate',
  'inconsistent-report',
  'field-count',
  'unterminated-quote',
] as const
export type RowIssueCode = (typeof ROW_ISSUE_CODES)[number]

/** Saving or loading imports in the browser's storage. */
export const STORAGE_ISSUE_CODES = ['storage-quota', 'storage-unavailable', 'storage-failed', 'storage-corrupt'] as const
export type StorageIssueCode = (typeof STORAGE_ISSUE_CODES)[number]

export type IssueCode = FileIssueCode | RowIssueCode | StorageIssueCode

export type IssueParams = Record<string, string | number>

export interface Issue<C extends IssueCode = IssueCode> {
  code: C
  /** Named values for the message, e.g. `{ limit: 20 }`. */
  params: IssueParams
}

export function issue<C extends IssueCode>(code: C, params: IssueParams = {}): Issue<C> {
  return { code, params }
}

/** The vue-i18n key of an issue's message. */
export function issueKey(code: IssueCode): string {
  return `import.issue.${code}`
}
