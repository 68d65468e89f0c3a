/**
 * Everything the import can tell the user, as codes plus parameters. The UI
 * translates `import.issue.<code>` (see messages.ts); workers and pure code
 * never hold translated text.
 */

/** Why a whole file is refused. */
export type FileIssueCode
  = | 'empty'
    | 'binary'
    | 'too-large'
    | 'undecodable'
    | 'unsupported-type'
    | 'csv-missing-columns'
    | 'csv-unknown-columns'
    | 'csv-duplicate-columns'
    | 'csv-not-tidy'
    | 'csv-no-rows'
    | 'worker-failed'

/** Why one CSV row is rejected (the rest of the file still imports). */
export type RowIssueCode
  = | 'required'
    | 'not-a-number'
    | 'invalid-year'
    | 'invalid-choice'
    | 'unknown-indicator'
    | 'duplicate'
    | 'inconsistent-report'
    | 'field-count'
    | 'unterminated-quote'

/** Saving or loading imports in the browser's storage. */
export type StorageIssueCode = 'storage-quota' | 'storage-unavailable' | 'storage-failed' | 'storage-corrupt'

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
