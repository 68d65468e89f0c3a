import type { SourcedReport } from '../schema/snapshot'
import type { ReportCorrection } from './corrections'
import type { DuplicateDecision, DuplicateMatch, ReportKey } from './duplicates'
import type { FileResult } from './process-file'
import type { FileProgress, OverallProgress } from './progress'
import { markRaw, ref, shallowRef } from 'vue'
import { applyCorrection, isCorrectionComplete } from './corrections'
import { createDuplicateIndex, resolveDuplicates } from './duplicates'
import { overallProgress } from './progress'
import { nextTask } from '../data/next-task'

export type QueueStatus
  = | 'waiting' // not read yet
    | 'reading' // in the worker
    | 'refused' // cannot be imported; the issues say why
    | 'review' // read: the summary waits for the user's go
    | 'deciding' // duplicates found: the user chooses keep both / replace / skip
    | 'importing' // being saved
    | 'imported'
    | 'skipped' // every report was a duplicate the user skipped

/** Files taken into the queue per task when many are dropped at once. */
export const INTAKE_SLICE = 8

export interface QueueItem {
  key: number
  name: string
  size: number
  status: QueueStatus
  progress: FileProgress | null
  /** Raw (never reactive): a CSV result can hold 100 000 rows. */
  result: FileResult | null
  /** What the reviewer typed over the report's year, county and agency (and filled in where the parser found none). */
  correction: ReportCorrection
  outcome: { batchId: string, reports: number, replaced: number, persisted: boolean, /** The first imported ids, for links. */ reportIds: string[] } | null
}

/** Duplicates awaiting the user's choice, for one queue item. */
export interface PendingDecision<T extends ReportKey> {
  key: number
  reports: SourcedReport[]
  matches: ReadonlyMap<string, readonly DuplicateMatch<T>[]>
}

/** What a finished import hands over to be saved and loaded. */
export interface CommitInput {
  item: QueueItem
  reports: SourcedReport[]
  replaces: string[]
}

export interface QueueDeps<T extends ReportKey> {
  /** Reads one file (the pool of import workers in the app; processFile inline in tests). */
  run: (file: File, onProgress: (p: FileProgress) => void, signal: AbortSignal) => Promise<FileResult>
  /** Files read at once (the pool's size; 1 when absent). */
  concurrency?: number
  /** Reports loaded now (snapshot and earlier imports), for duplicate detection. */
  loaded: () => Iterable<T>
  /** Save and load the reports; says whether they were persisted. */
  commit: (input: CommitInput) => Promise<{ batchId: string, persisted: boolean }>
}

/** Whether an item has something the user can import now. */
export function canImport(item: QueueItem): boolean {
  if (item.status !== 'review' || !item.result)
    return false
  if (item.result.kind === 'csv')
    return item.result.csv.accepted > 0
  if (item.result.kind === 'report')
    return isCorrectionComplete(item.result.report, item.correction)
  return false
}

/** The reports an item would import, with the reviewer's corrections applied. */
function reportsOf(item: QueueItem): SourcedReport[] {
  const result = item.result
  if (result?.kind === 'csv')
    return result.csv.reports
  if (result?.kind === 'report')
    return [applyCorrection(result.report, item.correction)]
  return []
}

/** Whether the workers are done with an item (read, refused, or further on). */
function isRead(item: QueueItem): boolean {
  return item.status !== 'waiting' && item.status !== 'reading'
}

/** The whole queue's reading: files, their share, PDF pages. */
export function queueProgress(items: readonly QueueItem[]): OverallProgress {
  return overallProgress(items.map(item => ({
    read: isRead(item),
    progress: item.progress,
    pages: item.result && item.result.kind !== 'csv' ? item.result.pages ?? null : null,
  })))
}

/**
 * The import panel's queue: files are read by `concurrency` workers at a
 * time, in the order they were dropped; each waits for review (and the
 * reviewer's corrections), duplicates wait for a decision, then the batch is
 * committed. Plain Vue reactivity, no store, so it is tested with inline
 * parsing and an in-memory commit.
 */
export function createImportQueue<T extends ReportKey>(deps: QueueDeps<T>) {
  const items = ref<QueueItem[]>([])
  const pending = shallowRef<PendingDecision<T> | null>(null)
  // Files stay out of reactive state: a proxied File cannot be posted to a worker.
  const files = new Map<number, File>()
  // The file being read, so discarding it stops its worker.
  const reads = new Map<number, AbortController>()
  let nextKey = 1
  let readers = 0
  const concurrency = Math.max(1, deps.concurrency ?? 1)

  const find = (key: number) => items.value.find(i => i.key === key)

  /** One reader: takes the next waiting file until none is left. */
  async function readLoop(): Promise<void> {
    readers++
    try {
      for (let item = items.value.find(i => i.status === 'waiting'); item; item = items.value.find(i => i.status === 'waiting')) {
        const key = item.key
        item.status = 'reading'
        const controller = new AbortController()
        reads.set(key, controller)
        const result = await deps.run(files.get(key)!, (progress) => {
          const current = find(key)
          if (current)
            current.progress = progress
        }, controller.signal)
        reads.delete(key)
        files.delete(key)
        const current = find(key)
        if (!current)
          continue
        current.result = markRaw(result)
        current.progress = null
        current.status = result.kind === 'refused' ? 'refused' : 'review'
      }
    }
    finally {
      readers--
    }
  }

  /** Start readers up to the concurrency; resolves when no file is left waiting. */
  async function pump(): Promise<void> {
    const loops: Promise<void>[] = []
    while (readers < concurrency && items.value.some(i => i.status === 'waiting'))
      loops.push(readLoop())
    await Promise.all(loops)
  }

  /** Append files to the queue as waiting items, in one change of the list. */
  function append(slice: readonly File[]): void {
    const added: QueueItem[] = []
    for (const file of slice) {
      const key = nextKey++
      files.set(key, file)
      added.push({ key, name: file.name, size: file.size, status: 'waiting', progress: null, result: null, correction: {}, outcome: null })
    }
    items.value = [...items.value, ...added]
  }

  /**
   * Queue dropped or picked files; resolves when all queued files have been
   * read. The first `INTAKE_SLICE` join at once (and start being read), the
   * rest a slice per task: a file's size is a synchronous call to the
   * browser process and its card a dozen components, and 200 files taken in
   * one task held the page for a third of a second (issue 14 item 8).
   */
  async function add(dropped: readonly File[]): Promise<void> {
    const reading: Promise<void>[] = []
    for (let start = 0; start < dropped.length; start += INTAKE_SLICE) {
      if (start > 0)
        await nextTask()
      append(dropped.slice(start, start + INTAKE_SLICE))
      reading.push(pump())
    }
    await Promise.all(reading)
  }

  /** The reviewer's corrections of a report, merged with what was typed before. */
  function setCorrection(key: number, correction: ReportCorrection): void {
    const item = find(key)
    if (item)
      item.correction = { ...item.correction, ...correction }
  }

  function discard(key: number): void {
    reads.get(key)?.abort()
    files.delete(key)
    items.value = items.value.filter(i => i.key !== key)
    if (pending.value?.key === key)
      pending.value = null
  }

  async function finish(item: QueueItem, reports: SourcedReport[], matches: ReadonlyMap<string, readonly DuplicateMatch<T>[]>, decisions: ReadonlyMap<string, DuplicateDecision>): Promise<void> {
    const taken = new Set<string>()
    for (const r of deps.loaded())
      taken.add(r.id)
    const resolution = resolveDuplicates(reports, matches, decisions, taken)
    if (resolution.reports.length === 0) {
      item.status = 'skipped'
      return
    }
    item.status = 'importing'
    let committed: { batchId: string, persisted: boolean }
    try {
      committed = await deps.commit({ item, reports: resolution.reports, replaces: resolution.replaces })
    }
    catch (error) {
      item.status = 'review'
      throw error
    }
    const { batchId, persisted } = committed
    item.outcome = { batchId, reports: resolution.reports.length, replaced: resolution.replaces.length, persisted, reportIds: resolution.reports.slice(0, 20).map(r => r.id) }
    item.status = 'imported'
  }

  /** Import an item, or stop at the duplicates for the user to decide. */
  async function start(key: number): Promise<void> {
    const item = find(key)
    if (!item || !canImport(item))
      return
    const reports = reportsOf(item)
    const index = createDuplicateIndex(deps.loaded())
    const matches = new Map<string, readonly DuplicateMatch<T>[]>()
    for (const r of reports) {
      const found = index.find(r)
      if (found.length > 0)
        matches.set(r.id, found)
    }
    if (matches.size > 0) {
      item.status = 'deciding'
      pending.value = { key, reports, matches }
      return
    }
    await finish(item, reports, matches, new Map())
  }

  /** The user's choices for the pending duplicates. */
  async function decide(decisions: ReadonlyMap<string, DuplicateDecision>): Promise<void> {
    const p = pending.value
    const item = p && find(p.key)
    pending.value = null
    if (!p || !item)
      return
    await finish(item, p.reports, p.matches, decisions)
  }

  /** Close the duplicates dialog without importing; the item waits again. */
  function cancelDecision(): void {
    const item = pending.value && find(pending.value.key)
    if (item)
      item.status = 'review'
    pending.value = null
  }

  return { items, pending, add, setCorrection, discard, start, decide, cancelDecision }
}
