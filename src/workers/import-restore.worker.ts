import type { ImportRestoreReply } from './import-restore-client'
import { z } from '../schema/zod'
import { ImportStorageError, toStorageError } from '../import/persist'
import { restoredTransfer, restoreImports } from '../import/restore'

// As in main.ts: no `new Function` probe, which a CSP without unsafe-eval would report.
z.config({ jitless: true })

/** The worker's global scope, typed with only what is used (the app's tsconfig has DOM, not WebWorker, types). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<null>) => void) | null
  postMessage: (message: ImportRestoreReply, transfer?: Transferable[]) => void
}
const scope = globalThis as unknown as WorkerScope

/**
 * Restores the imports kept in IndexedDB off the main thread: reads the
 * records (IndexedDB is there in workers), validates them and builds their
 * dataset parts, and hands the page parts it only has to add.
 */
scope.onmessage = async () => {
  try {
    const restored = await restoreImports()
    scope.postMessage({ ok: true, restored }, restoredTransfer(restored))
  }
  catch (error) {
    const storage = error instanceof ImportStorageError ? error : await toStorageError(error)
    scope.postMessage({ ok: false, issue: storage.issue })
  }
}
