import type { decodeSnapshot } from '../data/decode-snapshot'
import type { DecodedObservations, DecodedReports, LoadedSnapshot, SnapshotFileJob } from '../data/loaded-snapshot'
import type { Fetcher, SnapshotFileBytes } from '../data/fetch-files'
import type { SnapshotWorkerReply } from './snapshot.worker'
import { DataError } from '../data/errors'
import { fetchSnapshotFiles } from '../data/fetch-files'
import { loadedSnapshot, snapshotFileJobs } from '../data/loaded-snapshot'
import { MARKS, mark } from '../data/marks'
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

/** One data file decoded in `worker`, which ends with its answer. */
function decodeFileInWorker(worker: Worker, job: SnapshotFileJob): Promise<DecodedReports | DecodedObservations> {
  return askOnce<Extract<SnapshotWorkerReply, { ok: true }>, Extract<SnapshotWorkerReply, { ok: false }>, DecodedReports | DecodedObservations>(
    worker,
    job,
    [job.bytes],
    {
      done: reply => reply.decoded,
      failed: reply => new DataError(reply.file, reply.detail),
      crashed: detail => new DataError(job.url, `could not be decoded (${detail || 'the loader failed'})`),
    },
  )
}

/**
 * The reports and the observations decoded side by side, a worker each:
 * neither waits for the other (at a million observations each is half a
 * second or more of JSON parsing and checks). The first failure ends both.
 */
async function decodeInWorkers(workers: readonly [Worker, Worker], files: SnapshotFileBytes): Promise<LoadedSnapshot> {
  try {
    const [reports, observations] = await Promise.all(snapshotFileJobs(files).map((job, i) => decodeFileInWorker(workers[i]!, job)))
    return loadedSnapshot(reports as DecodedReports, observations as DecodedObservations)
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

/** Load a dataset: fetch its files here (the page's preloads serve them), then decode them. */
export async function loadSnapshot(name: string, pageUrl: string, fetcher: Fetcher, mode: DecodeMode): Promise<LoadedSnapshot> {
  // The workers' code (or this thread's decoder) loads and starts while the data downloads, not after.
  const started: { workers?: [Worker, Worker], decoder?: ReturnType<typeof threadDecoder> } = {}
  const files = await fetchSnapshotFiles(name, pageUrl, fetcher, (manifest) => {
    if (mode === 'auto' && announcedObservations(manifest) >= WORKER_THRESHOLD)
      started.workers = [startWorker(), startWorker()]
    else
      started.decoder = threadDecoder()
  }).catch((e: unknown) => {
    started.workers?.forEach(w => w.terminate())
    throw e
  })
  const loaded = started.workers
    ? await decodeInWorkers(started.workers, files)
    : (await (started.decoder ?? threadDecoder())).decodeSnapshot(files)
  mark(MARKS.decoded)
  return loaded
}
