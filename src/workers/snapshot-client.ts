import type { decodeSnapshot } from '../data/decode-snapshot'
import type { LoadedSnapshot, SnapshotFetchJob } from '../data/loaded-snapshot'
import type { Fetcher, SnapshotManifest } from '../data/fetch-files'
import type { SnapshotWorkerReply } from './snapshot.worker'
import { DataError } from '../data/errors'
import { fetchDataFiles, fetchManifest } from '../data/fetch-files'
import { loadedSnapshot, snapshotFetchJobs } from '../data/loaded-snapshot'
import { MARKS, mark, markAt } from '../data/marks'
import { askOnce } from './one-shot'

/**
 * Where a dataset is parsed and validated: `auto` uses two workers (the
 * reports and the observations, side by side) from WORKER_THRESHOLD
 * observations on (a million take over a second of JSON
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

/** A worker's answer: its file decoded, and when its bytes arrived. */
type DecodedFile = Extract<SnapshotWorkerReply, { ok: true }>

/** One data file fetched and decoded in `worker`, which ends with its answer. */
function decodeFileInWorker(worker: Worker, job: SnapshotFetchJob): Promise<DecodedFile> {
  return askOnce<DecodedFile, Extract<SnapshotWorkerReply, { ok: false }>, DecodedFile>(
    worker,
    job,
    [],
    {
      done: reply => reply,
      failed: reply => new DataError(reply.file, reply.detail),
      crashed: detail => new DataError(job.url, `could not be decoded (${detail || 'the loader failed'})`),
    },
  )
}

/**
 * The reports and the observations fetched and decoded side by side, a
 * worker each: neither waits for the other (at a million observations each
 * is half a second or more of JSON parsing and checks), and the page's
 * main thread receives none of the bytes. The first failure ends both.
 */
async function decodeInWorkers(head: SnapshotManifest): Promise<LoadedSnapshot> {
  const workers = [startWorker(), startWorker()] as const
  try {
    const [reportsJob, observationsJob] = snapshotFetchJobs(head)
    const [reports, observations] = await Promise.all([decodeFileInWorker(workers[0], reportsJob), decodeFileInWorker(workers[1], observationsJob)])
    markAt(MARKS.dataBytes, Math.max(reports.bytesAt, observations.bytesAt))
    // Each worker answers for the file it was given: said, not assumed.
    if (reports.decoded.file !== 'reports' || observations.decoded.file !== 'observations')
      throw new DataError(head.manifestUrl, 'the decoding workers answered for the wrong files')
    return loadedSnapshot(reports.decoded, observations.decoded)
  }
  finally {
    for (const worker of workers)
      worker.terminate()
  }
}

/** The manifest's announced size, if it states one (validated later, with the rest). */
function announcedObservations(manifest: unknown): number {
  const n = (manifest as { observationCount?: unknown } | null)?.observationCount
  return typeof n === 'number' ? n : 0
}

/**
 * The decoder for this thread, a chunk of its own: its Zod schemas are
 * built when the chunk runs, and as part of the entry's graph they were
 * ~40–150 ms of the page's first task (issue 13). Now they are built when
 * the manifest has arrived, while the rest of the data downloads.
 */
function threadDecoder(): Promise<{ decodeSnapshot: typeof decodeSnapshot }> {
  return import('../data/decode-snapshot')
}

/**
 * Load a dataset. From WORKER_THRESHOLD observations on, two workers fetch
 * and decode the data files (the page's preload script leaves them to
 * them: public/preload-data.js); below it, this thread fetches them (the
 * preloads serve them) and decodes them.
 */
export async function loadSnapshot(name: string, pageUrl: string, fetcher: Fetcher, mode: DecodeMode): Promise<LoadedSnapshot> {
  const head = await fetchManifest(name, pageUrl, fetcher)
  const loaded = mode === 'auto' && announcedObservations(head.manifest) >= WORKER_THRESHOLD
    ? await decodeInWorkers(head)
    // The decoder's code loads while the data downloads, not after.
    : await Promise.all([threadDecoder(), fetchDataFiles(head, fetcher)]).then(([decoder, files]) => decoder.decodeSnapshot(files))
  mark(MARKS.decoded)
  return loaded
}
