import type { Issue, StorageIssueCode } from '../import/issues'
import type { RestoredImports } from '../import/restore'
import { ImportStorageError } from '../import/persist'
import { askOnce } from './one-shot'

/** What the restore worker answers: the parts, or the storage problem to show. */
export type ImportRestoreReply
  = | { ok: true, restored: RestoredImports }
    | { ok: false, issue: Issue<StorageIssueCode> }

/**
 * The imports kept in this browser, read and built in a worker (see
 * import-restore.worker.ts). Rejects with an ImportStorageError as the
 * inline restore would.
 */
export function restoreImportsInWorker(): Promise<RestoredImports> {
  return askOnce<{ restored: RestoredImports }, { issue: Issue<StorageIssueCode> }, RestoredImports>(
    new Worker(new URL('./import-restore.worker.ts', import.meta.url), { type: 'module', name: 'import-restore' }),
    null,
    [],
    {
      done: reply => reply.restored,
      failed: reply => new ImportStorageError(reply.issue),
      crashed: detail => new Error(detail || 'the import restore worker stopped'),
    },
  )
}
