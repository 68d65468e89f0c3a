import type { decodeSnapshot, LoadedSnapshot } from '../data/decode-snapshot'
import type { Fetcher, SnapshotFileBytes } from '../data/fetch-files'
import type { SnapshotWorkerReply } from './snapshot.worker'
import { DataError } from '../data/errors'
import { fetchSnapshotFiles } from '../data/fetch-files'
import { MARKS, mark } from '../data/marks'
import { askOnce } from './one-shot'

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
  return askOnce<Extract<SnapshotWorkerReply, { ok: true }>, Extract<SnapshotWorkerReply, { ok: false }>, LoadedSnapshot>(
    worker,
    files,
    [files.reports, files.observations],
    {
      done: reply => reply.loaded,
      failed: reply => new DataError(reply.file, reply.detail),
      crashed: detail => new DataError(files.manifestUrl, `could not be decoded (${detail || 'the loader failed'})`),
    },
  )
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
  // The worker's code (or this thread's decoder) loads and starts while the data downloads, not after.
  const started: { worker?: Worker, decoder?: ReturnType<typeof threadDecoder> } = {}
  const files = await fetchSnapshotFiles(name, pageUrl, fetcher, (manifest) => {
    if (mode === 'auto' && announcedObservations(manifest) >= WORKER_THRESHOLD)
      started.worker = startWorker()
    else
      started.decoder = threadDecoder()
  }).catch((e: unknown) => {
    started.worker?.terminate()
    throw e
  })
  const loaded = started.worker
    ? await decodeInWorker(started.worker, files)
    : (await (started.decoder ?? threadDecoder())).decodeSnapshot(files)
  mark(MARKS.decoded)
  return loaded
}
