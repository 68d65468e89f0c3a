import type { FileResult } from '../import/process-file'
import type { FileProgress } from '../import/progress'
import type { ImportRequest, ImportResponse } from './import-protocol'
import { checkSize } from '../import/intake'
import { issue } from '../import/issues'
import { sizeLimitOf } from '../import/limits'

/** What the pool needs of a Worker (tests pass a fake that answers in memory). */
export interface WorkerLike {
  postMessage: (message: ImportRequest) => void
  terminate: () => void
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

export interface PoolOptions {
  /** Workers at most (see importPoolSize). */
  size: number
  start: () => WorkerLike
  /** A worker idle this long is stopped, and its memory (pdf.js, linkedom, the last file) with it. */
  idleMs?: number
}

export interface RunOptions {
  onProgress?: (progress: FileProgress) => void
  /** Aborting drops a waiting file or stops the worker reading it; the promise then resolves to a refusal. */
  signal?: AbortSignal
}

/**
 * At most this many import workers, whatever the machine. Each one carries
 * its own pdf.js worker (1.7 MB of script to compile, then fonts, cMaps and
 * a document's pages in memory: tens of MB per pair), and its first PDF
 * costs seconds of start-up; past four, a batch of reports is limited by
 * the page saving and showing the results, not by reading, while the
 * memory keeps growing with every worker.
 */
export const MAX_IMPORT_WORKERS = 4

/** Workers for a machine with `cores` logical processors (navigator.hardwareConcurrency; absent in old browsers). */
export function importPoolSize(cores: number | undefined): number {
  return Math.max(1, Math.min(MAX_IMPORT_WORKERS, Math.floor(cores ?? 2) || 1))
}

/** The worker stops after this long without a file: long enough for the next drop to find pdf.js warm. */
const IDLE_MS = 60_000

/**
 * A file's progress reaches the page at most this often: a PDF tells every
 * page and a CSV every few thousand rows, and with four workers each update
 * re-rendering bars would keep the main thread busy for nothing the eye sees.
 */
const PROGRESS_MS = 100

interface Job {
  id: number
  file: File
  options: RunOptions
  resolve: (result: FileResult) => void
  onAbort: () => void
  /** The latest progress not yet passed on, and the timer that will. */
  progress: FileProgress | null
  progressTimer: ReturnType<typeof setTimeout> | null
}

interface Slot {
  worker: WorkerLike
  job: Job | null
  idle: ReturnType<typeof setTimeout> | null
}

function failed(file: File, message: string): FileResult {
  return { kind: 'refused', name: file.name, size: file.size, issues: [issue('worker-failed', { message })] }
}

/**
 * A pool of import workers: files wait in order, each free worker takes the
 * next, and a worker is kept for the file after (a fresh worker's first PDF
 * costs 2–4 s of loading pdf.js). A worker that crashes or whose file is
 * discarded is stopped and replaced on demand. Never rejects: a crash or
 * an abort is a refusal the panel shows like any other.
 */
export function createImportPool(options: PoolOptions) {
  const slots: Slot[] = []
  const waiting: Job[] = []
  const idleMs = options.idleMs ?? IDLE_MS
  let nextId = 1

  function stop(slot: Slot): void {
    if (slot.idle)
      clearTimeout(slot.idle)
    slot.worker.terminate()
    slots.splice(slots.indexOf(slot), 1)
  }

  /** Pass the file's latest progress on, once per PROGRESS_MS. */
  function report(job: Job, progress: FileProgress): void {
    job.progress = progress
    job.progressTimer ??= setTimeout(() => {
      job.progressTimer = null
      if (job.progress)
        job.options.onProgress?.(job.progress)
      job.progress = null
    }, PROGRESS_MS)
  }

  function settle(job: Job, result: FileResult): void {
    if (job.progressTimer)
      clearTimeout(job.progressTimer)
    job.progressTimer = null
    job.options.signal?.removeEventListener('abort', job.onAbort)
    job.resolve(result)
  }

  function finish(slot: Slot, result: FileResult): void {
    const job = slot.job
    slot.job = null
    if (job)
      settle(job, result)
    dispatch()
    if (slot.job === null && slots.includes(slot))
      slot.idle = setTimeout(() => stop(slot), idleMs)
  }

  function open(): Slot {
    const slot: Slot = { worker: options.start(), job: null, idle: null }
    slot.worker.onmessage = ({ data }) => {
      if (slot.job?.id !== data.id)
        return
      if (data.type === 'progress')
        report(slot.job, data.progress)
      else if (data.type === 'result')
        finish(slot, data.result)
      else
        finish(slot, failed(slot.job.file, data.message))
    }
    slot.worker.onerror = (event) => {
      event.preventDefault()
      const job = slot.job
      stop(slot)
      slot.job = null
      if (job)
        settle(job, failed(job.file, event.message || 'the import worker stopped'))
      dispatch()
    }
    slots.push(slot)
    return slot
  }

  function dispatch(): void {
    while (waiting.length > 0) {
      const slot = slots.find(s => s.job === null) ?? (slots.length < options.size ? open() : null)
      if (!slot)
        return
      if (slot.idle)
        clearTimeout(slot.idle)
      slot.idle = null
      const job = waiting.shift()!
      slot.job = job
      slot.worker.postMessage({ id: job.id, file: job.file })
    }
  }

  /** Read and parse one file in the next free worker. */
  function run(file: File, runOptions: RunOptions = {}): Promise<FileResult> {
    const tooBig = checkSize(file.size, sizeLimitOf(file.name))
    if (tooBig)
      return Promise.resolve({ kind: 'refused', name: file.name, size: file.size, issues: [tooBig] })
    if (runOptions.signal?.aborted)
      return Promise.resolve(failed(file, 'aborted'))
    return new Promise((resolve) => {
      const job: Job = {
        id: nextId++,
        file,
        options: runOptions,
        resolve,
        progress: null,
        progressTimer: null,
        onAbort: () => {
          const queued = waiting.indexOf(job)
          if (queued >= 0)
            waiting.splice(queued, 1)
          const slot = slots.find(s => s.job === job)
          if (slot)
            stop(slot)
          settle(job, failed(file, 'aborted'))
          dispatch()
        },
      }
      runOptions.signal?.addEventListener('abort', job.onAbort)
      waiting.push(job)
      dispatch()
    })
  }

  /** Stop every worker; files still waiting are refused as aborted. */
  function dispose(): void {
    for (const job of waiting.splice(0))
      settle(job, failed(job.file, 'aborted'))
    for (const slot of [...slots]) {
      const job = slot.job
      stop(slot)
      if (job)
        settle(job, failed(job.file, 'aborted'))
    }
  }

  return { run, dispose, size: options.size, /** Workers running now (tests). */ workers: () => slots.length }
}

export type ImportPool = ReturnType<typeof createImportPool>
