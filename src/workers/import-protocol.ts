import type { FileResult } from '../import/process-file'
import type { FileProgress } from '../import/progress'

/** Main thread → import worker: one file at a time; a worker reads file after file (see import-pool.ts). */
export interface ImportRequest {
  /** Echoed in every answer, so an answer is never taken for the next file's. */
  id: number
  file: File
}

/** Import worker → main thread. */
export type ImportResponse
  = | { id: number, type: 'progress', progress: FileProgress }
    | { id: number, type: 'result', result: FileResult }
    | { id: number, type: 'crash', message: string }
