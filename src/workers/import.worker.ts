import type { ImportRequest, ImportResponse } from './import-protocol'
import { z } from 'zod'
import { processFile } from '../import/process-file'

// As in main.ts: no `new Function` probe, which a CSP without unsafe-eval would report.
z.config({ jitless: true })

/**
 * Reads, decodes and parses one dropped file off the main thread: a report
 * text through the CLI's parser, a tidy CSV through PapaParse row by row
 * (PapaParse's own `worker: true` dies silently in a minified Vite build,
 * mholt/PapaParse#1122, so this module worker runs it synchronously instead).
 */
/** The worker's global scope, typed with only what is used (the app's tsconfig has DOM, not WebWorker, types). */
interface WorkerScope {
  postMessage: (message: ImportResponse) => void
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null
}
const scope = globalThis as unknown as WorkerScope

function send(message: ImportResponse) {
  scope.postMessage(message)
}

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  try {
    const { file } = event.data
    const bytes = new Uint8Array(await file.arrayBuffer())
    const result = processFile(file.name, bytes, {
      onProgress: progress => send({ type: 'progress', progress }),
    })
    send({ type: 'result', result })
  }
  catch (error) {
    send({
      type: 'crash',
      message: error instanceof Error
        ? error.message
        : String(error),
    })
  }
}
