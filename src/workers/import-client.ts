import type { CsvProgress } from '../import/csv-import'
import type { FileResult } from '../import/process-file'
import type { ImportRequest, ImportResponse } from './import-protocol'
import { checkSize } from '../import/intake'
import { issue } from '../import/issues'

export interface RunOptions {
  onProgress?: (progress: CsvProgress) => void
  /** Aborting terminates the worker; the promise then resolves to a refusal. */
  signal?: AbortSignal
}

/** Starts the import worker; a Vite module worker, bundled with the parser and PapaParse. */
function startWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' })
}

/**
 * Read and parse one file in a fresh worker (terminated afterwards, so its
 * memory goes with it). Never rejects: a crash or an abort is a refusal the
 * panel can show like any other.
 */
export function runImportWorker(file: File, options: RunOptions = {}): Promise<FileResult> {
  const tooBig = checkSize(file.size)
  if (tooBig) {
    return Promise.resolve({
      kind: 'refused',
      name: file.name,
      size: file.size,
      issues: [tooBig],
    })
  }

  return new Promise((resolve) => {
    const worker = startWorker()
    function finish(result: FileResult) {
      worker.terminate()
      options.signal?.removeEventListener('abort', onAbort)
      resolve(result)
    }
    function fail(message: string) {
      finish({
        kind: 'refused',
        name: file.name,
        size: file.size,
        issues: [
          issue('worker-failed', { message }),
        ],
      })
    }
    function onAbort() {
      fail('aborted')
    }
    options.signal?.addEventListener('abort', onAbort)
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data
      if (message.type === 'progress')
        options.onProgress?.(message.progress)
      else if (message.type === 'result')
        finish(message.result)
      else
        fail(message.message)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      fail(event.message || 'the import worker stopped')
    }
    const request: ImportRequest = { file }
    worker.postMessage(request)
  })
}
