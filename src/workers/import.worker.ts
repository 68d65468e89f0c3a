import type { ReaderEnv } from '../readers'
import type { ImportRequest, ImportResponse } from './import-protocol'
import { readImportFile } from '../import/read-file'
import { browserHtmlParser } from '../readers/html-env'
import { browserPdfEnv } from '../readers/pdf/load-browser'

/**
 * Reads, decodes and parses dropped files off the main thread, one after
 * another: PDFs, saved web pages and .docx through src/readers (pdf.js runs
 * in its own worker nested in this one; linkedom stands in for the DOMParser
 * a worker lacks; both load on the first file that needs them and stay for
 * the next), then the CLI's parser; report texts straight to the parser; a
 * tidy CSV through PapaParse row by row (PapaParse's own `worker: true` dies
 * silently in a minified Vite build, mholt/PapaParse#1122, so this module
 * worker runs it synchronously instead).
 */
/** The worker's global scope, typed with only what is used (the app's tsconfig has DOM, not WebWorker, types). */
interface WorkerScope {
  postMessage: (message: ImportResponse) => void
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null
}
const scope = globalThis as unknown as WorkerScope

/** Kept for the worker's life: pdf.js and linkedom load once, on the first file that needs them. */
const env: ReaderEnv = { pdf: browserPdfEnv(), parseHtml: browserHtmlParser() }

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { id, file } = event.data
  try {
    const bytes = new Uint8Array(await file.arrayBuffer())
    const result = await readImportFile(file.name, bytes, env, {
      onProgress: progress => scope.postMessage({ id, type: 'progress', progress }),
    })
    scope.postMessage({ id, type: 'result', result })
  }
  catch (error) {
    scope.postMessage({
      id,
      type: 'crash',
      message: error instanceof Error
        ? error.message
        : String(error),
    })
  }
}
