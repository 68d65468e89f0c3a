import type { CsvProgress } from '../import/csv-import'
import type { FileResult } from '../import/process-file'

/** Main thread → import worker: one file per worker. */
export interface ImportRequest {
  file: File
}

/** Import worker → main thread. */
export type ImportResponse
  = | { type: 'progress', progress: CsvProgress }
    | { type: 'result', result: FileResult }
    | { type: 'crash', message: string }
