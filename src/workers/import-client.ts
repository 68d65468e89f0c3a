import type { FileResult } from '../import/process-file'
import type { ImportPool, RunOptions } from './import-pool'
import { createImportPool, importPoolSize } from './import-pool'

export type { RunOptions } from './import-pool'

/** Starts an import worker; a Vite module worker, bundled with the readers, the parser and PapaParse. */
function startWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' })
}

let pool: ImportPool | null = null

/** The page's pool of import workers, sized to the machine (created on the first file). */
export function importPool(): ImportPool {
  pool ??= createImportPool({ size: importPoolSize(navigator.hardwareConcurrency), start: startWorker })
  return pool
}

/**
 * Read and parse one file in the pool's next free worker. Never rejects: a
 * crash or an abort is a refusal the panel can show like any other.
 */
export function runImportWorker(file: File, options: RunOptions = {}): Promise<FileResult> {
  return importPool().run(file, options)
}
