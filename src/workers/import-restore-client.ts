import type { Issue, StorageIssueCode } from '../import/issues'
import type { RestoredImports } from '../import/restore'
import { ImportStorageError } from '../import/persist'

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
  const worker = new Worker(new URL('./import-restore.worker.ts', import.meta.url), { type: 'module', name: 'import-restore' })
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<ImportRestoreReply>) => {
      worker.terminate()
      if (data.ok)
        resolve(data.restored)
      else
        reject(new ImportStorageError(data.issue))
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      reject(new Error(event.message || 'the import restore worker stopped'))
    }
    worker.postMessage(null)
  })
}
