import type { UseStore } from 'idb-keyval'
import type { Issue, StorageIssueCode } from '../import/issues'
import type { FileResult } from '../import/process-file'
import type { FileProgress } from '../import/progress'
import type { ReportEntry } from '../schema/snapshot'
import type { ImportInfo } from '../import/batch-info'
import type { CommitInput } from '../import/import-queue'
import type { DatasetPart } from '../data/dataset'
import { until } from '@vueuse/core'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { createBatch } from '../import/batch'
import { infoOf } from '../import/batch-info'
import { createImportQueue } from '../import/import-queue'
import { clearBatches, ImportStorageError, removeBatch, saveBatch, toStorageError } from '../import/persist'
import { restoreImports } from '../import/restore'
import { batchToPart } from '../import/to-part'
import { nextTask } from '../data/next-task'
import { runImportWorker } from '../workers/import-client'
import { restoreImportsInWorker } from '../workers/import-restore-client'
import { importPoolSize } from '../workers/import-pool'
import { useDatasetStore } from './dataset'

type Runner = (file: File, onProgress: (p: FileProgress) => void, signal: AbortSignal) => Promise<FileResult>

/**
 * Browser imports: the panel's queue, the imports kept in IndexedDB
 * (restored at start-up), and the storage problems to show. Imported
 * reports join the dataset store as parts marked `imported`.
 */
export const useImportsStore = defineStore('imports', () => {
  const data = useDatasetStore()
  const list = shallowRef<readonly ImportInfo[]>([])
  /** The last storage problem (quota, unavailable, failed), shown until dismissed. */
  const storageIssue = shallowRef<Issue<StorageIssueCode> | null>(null)
  /** Saved records that no longer read, listed so the user can remove them. */
  const corrupt = shallowRef<{ key: string, issue: Issue<StorageIssueCode> }[]>([])
  const restored = ref(false)
  let storage: UseStore | undefined
  let runner: Runner = (file, onProgress, signal) => runImportWorker(file, { onProgress, signal })

  async function guard(run: () => Promise<void>): Promise<boolean> {
    try {
      await run()
      return true
    }
    catch (error) {
      storageIssue.value = (error instanceof ImportStorageError ? error : await toStorageError(error)).issue
      return false
    }
  }

  /**
   * Parts imported during "import all", joined to the dataset (and listed)
   * in one change at its end: combining the data and redrawing what reads
   * it once per file held the page for most of a second at 200 files.
   */
  let held: { parts: Omit<DatasetPart, 'origin'>[], infos: ImportInfo[] } | null = null

  /** The loaded reports, with those imported but held (so two files of one "import all" are still duplicates). */
  function loadedReports(): readonly ReportEntry[] {
    const loaded = data.dataset?.reports ?? []
    if (!held || held.parts.length === 0)
      return loaded
    const replaced = new Set(held.parts.flatMap(p => p.replaces ?? []))
    return [...loaded.filter(r => !replaced.has(r.id)), ...held.parts.flatMap(p => p.reports)]
  }

  /** Save the batch, then load it; a failed save still loads it, for this session only. */
  async function commit({ item, reports, replaces }: CommitInput) {
    const result = item.result!
    const batch = createBatch({
      file: item.name,
      kind: result.kind === 'csv' ? 'csv' : 'report',
      encoding: result.encoding ?? null,
      replaces,
      reports,
    })
    const persisted = await guard(() => saveBatch(batch, storage))
    if (held) {
      held.parts.push(batchToPart(batch))
      held.infos.push(infoOf(batch, persisted))
    }
    else {
      data.addImport(batchToPart(batch))
      list.value = [...list.value, infoOf(batch, persisted)]
    }
    return { batchId: batch.id, persisted }
  }

  const queue = createImportQueue<ReportEntry>({
    run: (file, onProgress, signal) => runner(file, onProgress, signal),
    // As many files at once as the pool has workers (Node, in tests, has no navigator).
    concurrency: typeof navigator === 'undefined' ? 1 : importPoolSize(navigator.hardwareConcurrency),
    loaded: loadedReports,
    commit,
  })

  /** Files done of all during "import all" (null otherwise). */
  const importingAll = shallowRef<{ done: number, total: number } | null>(null)

  /**
   * Import the given files in turn, pausing at duplicates for the user; the
   * dataset takes them all in one change at the end (or when it stops).
   */
  async function importAll(keys: readonly number[]): Promise<void> {
    if (held)
      return
    held = { parts: [], infos: [] }
    try {
      for (const [index, key] of keys.entries()) {
        importingAll.value = { done: index, total: keys.length }
        await queue.start(key)
        await until(queue.pending).toBe(null)
        // A task boundary between files: the cards and the progress repaint.
        await nextTask()
      }
    }
    finally {
      const { parts, infos } = held
      held = null
      importingAll.value = null
      data.addImports(parts)
      // The list's rows are drawn in a task after the data's.
      await nextTask()
      if (infos.length > 0)
        list.value = [...list.value, ...infos]
    }
  }

  /** Load the saved imports into the dataset; once per page. */
  async function restore(): Promise<void> {
    if (restored.value)
      return
    restored.value = true
    // Marks for the e2e test that times the main thread while imports come back.
    globalThis.performance?.mark?.('imports-restore-start')
    try {
      await guard(async () => {
        // Read, validated and built in a worker in the app (a big CSV import
        // held the page for most of a second); inline with a test's storage.
        const restored = storage === undefined && typeof Worker !== 'undefined'
          ? await restoreImportsInWorker()
          : await restoreImports(storage)
        // A task of its own: the worker's answer was unpacked in this one, and
        // combining the data and drawing the views is the next.
        await nextTask()
        corrupt.value = restored.corrupt
        data.addImports(restored.parts)
        list.value = restored.infos
      })
    }
    finally {
      data.markImportsRestored()
      globalThis.performance?.mark?.('imports-restore-end')
    }
  }

  /** Remove one import everywhere; reports it replaced come back. */
  async function remove(id: string): Promise<void> {
    const info = list.value.find(i => i.id === id)
    if (info?.persisted && !await guard(() => removeBatch(id, storage)))
      return
    data.removeImport(id)
    list.value = list.value.filter(i => i.id !== id)
  }

  async function clear(): Promise<void> {
    if (!await guard(() => clearBatches(storage)))
      return
    for (const info of list.value)
      data.removeImport(info.id)
    list.value = []
    corrupt.value = []
  }

  async function removeCorrupt(key: string): Promise<void> {
    if (await guard(() => removeBatch(key, storage)))
      corrupt.value = corrupt.value.filter(c => c.key !== key)
  }

  function dismissIssue(): void {
    storageIssue.value = null
  }

  /** Tests read files inline and use their own IndexedDB. */
  function configure(options: { run?: Runner, storage?: UseStore }): void {
    if (options.run)
      runner = options.run
    if (options.storage)
      storage = options.storage
  }

  return {
    list,
    storageIssue,
    corrupt,
    restored,
    // The panel's queue (see src/import/import-queue.ts).
    items: queue.items,
    pending: queue.pending,
    addFiles: queue.add,
    setCorrection: queue.setCorrection,
    discard: queue.discard,
    startImport: queue.start,
    importAll,
    importingAll,
    decide: queue.decide,
    cancelDecision: queue.cancelDecision,
    restore,
    remove,
    clear,
    removeCorrupt,
    dismissIssue,
    configure,
  }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useImportsStore, import.meta.hot))
