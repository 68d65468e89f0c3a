import type { LoadedSnapshot } from '../data/decode-snapshot'
import type { Fetcher, SnapshotFileBytes } from '../data/fetch-files'
import type { SnapshotWorkerReply } from './snapshot.worker'
import { decodeSnapshot } from '../data/decode-snapshot'
import { DataError } from '../data/errors'
import { fetchSnapshotFiles } from '../data/fetch-files'
import { MARKS, mark } from '../data/marks'

/**
 * Where a dataset is parsed and validated: `auto` uses a worker from
 * WORKER_THRESHOLD observations on (a million take over a second of JSON
 * parsing and checks that would freeze the page) and this thread below it
 * (a worker's start-up costs more than decoding a few thousand
 * observations, on the landing view's critical path). `thread` is for
 * tests in Node, which has no Worker.
 */
export type DecodeMode = 'auto' | 'thread'

export const WORKER_THRESHOLD = 50_000

function startWorker(): Worker {
  return new Worker(new URL('./snapshot.worker.ts', import.meta.url), { type: 'module' })
}

function decodeInWorker(worker: Worker, files: SnapshotFileBytes): Promise<LoadedSnapshot> {
  return new Promise<LoadedSnapshot>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<SnapshotWorkerReply>) => {
      worker.terminate()
      if (data.ok)
        resolve(data.loaded)
      else
        reject(new DataError(data.file, data.detail))
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new DataError(files.manifestUrl, `could not be decoded (${event.message || 'the loader failed'})`))
    }
    worker.postMessage(files, [files.reports, files.observations])
  })
}

/** The manifest's announced size, if it states one (validated later, with the rest). */
function announcedObservations(manifest: unknown): number {
  const n = (manifest as { observationCount?: unknown } | null)?.observationCount
  return typeof n === 'number' ? n : 0
}

/** Load a dataset: fetch its files here (the page's preloads serve them), then decode them. */
export async function loadSnapshot(name: string, pageUrl: string, fetcher: Fetcher, mode: DecodeMode): Promise<LoadedSnapshot> {
  // The worker's code loads and starts while the data downloads, not after.
  const started: { worker?: Worker } = {}
  const files = await fetchSnapshotFiles(name, pageUrl, fetcher, (manifest) => {
    if (mode === 'auto' && announcedObservations(manifest) >= WORKER_THRESHOLD)
      started.worker = startWorker()
  }).catch((e: unknown) => {
    started.worker?.terminate()
    throw e
  })
  const loaded = started.worker ? await decodeInWorker(started.worker, files) : decodeSnapshot(files)
  mark(MARKS.decoded)
  return loaded
}
