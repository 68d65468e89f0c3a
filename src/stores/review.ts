import type { UseStore } from 'idb-keyval'
import type { Flags } from '../data/flags'
import type { Issue, StorageIssueCode } from '../import/issues'
import type { ReviewParse } from '../import/review-file'
import type { ReviewRecord, ReviewStatus } from '../schema/review'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef } from 'vue'
import { flaggedValues, NO_FLAGS, sameFlags } from '../data/flags'
import { useAuditStore } from './audit'
import { useDatasetStore } from './dataset'

/**
 * Storage and the review file's reader load with their first use (the saved
 * reviews are read once the page is idle): their Zod schemas, the review
 * record's and, through the storage errors, the import batch's, were built
 * in the page's first task (issue 13).
 */
const persistence = () => import('../import/review-persist')

/**
 * The reviewer's status of each check (docs/audit.md, "Review"): 待核实
 * (`pending`, the default), 已核实 (`verified`), 已忽略 (`ignored`), with a
 * note, by the check's stable key (src/data/check-key.ts), kept in
 * IndexedDB. `flagged` is what the charts mark: the values and reports of
 * every failed check, per-report or across reports, not ignored.
 */
export const useReviewStore = defineStore('review', () => {
  const data = useDatasetStore()
  const audit = useAuditStore()
  const records = shallowRef<ReadonlyMap<string, ReviewRecord>>(new Map())
  const loaded = ref(false)
  /** The last storage problem (reviews then live for this session only). */
  const storageIssue = shallowRef<Issue<StorageIssueCode> | null>(null)
  let storage: UseStore | undefined

  async function guard(run: () => Promise<void>): Promise<boolean> {
    try {
      await run()
      return true
    }
    catch (error) {
      const { toStorageError } = await import('../import/persist')
      storageIssue.value = (await toStorageError(error)).issue
      return false
    }
  }

  /** Read the saved reviews; once per page. */
  async function load(): Promise<void> {
    if (loaded.value)
      return
    loaded.value = true
    await guard(async () => {
      const { loadReviews } = await persistence()
      const saved = await loadReviews(storage)
      // Statuses set before the load finished win over the saved ones.
      records.value = markRaw(new Map([...saved.records.map(r => [r.key, r] as const), ...records.value]))
    })
  }

  function statusOf(key: string): ReviewStatus {
    return records.value.get(key)?.status ?? 'pending'
  }

  function noteOf(key: string): string {
    return records.value.get(key)?.note ?? ''
  }

  async function put(list: readonly ReviewRecord[]): Promise<void> {
    const next = new Map(records.value)
    for (const r of list)
      next.set(r.key, r)
    records.value = markRaw(next)
    await guard(async () => {
      const { saveReviews } = await persistence()
      await saveReviews(list, storage)
    })
  }

  /** Set a check's status and note (kept at once). */
  async function setReview(key: string, status: ReviewStatus, note = noteOf(key)): Promise<void> {
    await put([{ key, status, note, updated: new Date().toISOString() }])
  }

  /**
   * Merge a shared review file: a record replaces the local one unless the
   * local one is newer. Gives the file's bad rows (with their lines).
   */
  async function importFile(name: string, text: string): Promise<ReviewParse & { applied: number }> {
    const { parseReviewFile } = await import('../import/review-file')
    const parsed = parseReviewFile(name, text)
    const newer = parsed.records.filter(r => (records.value.get(r.key)?.updated ?? '') <= r.updated)
    await put(newer)
    return { ...parsed, applied: newer.length }
  }

  /** The keys of the checks marked 已忽略. */
  const ignoredKeys = computed(() => new Set([...records.value].flatMap(([key, r]) => r.status === 'ignored' ? [key] : [])))
  /**
   * Values and reports with a failed check not 已忽略 (the audit's once it
   * has run). The same object while what it flags is the same: the review
   * records and the audit's results arriving on a view's first load would
   * each redraw every chart with identical marks.
   */
  const flagged = computed<Flags>((previous) => {
    const ds = data.dataset
    if (!ds)
      return NO_FLAGS
    const next = flaggedValues(ds, audit.results, ignoredKeys.value)
    return previous && sameFlags(previous, next) ? previous : markRaw(next)
  })

  function dismissIssue(): void {
    storageIssue.value = null
  }

  /** Tests use their own IndexedDB. */
  function configure(options: { storage: UseStore }): void {
    storage = options.storage
  }

  return { records, loaded, storageIssue, flagged, load, statusOf, noteOf, setReview, importFile, dismissIssue, configure }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useReviewStore, import.meta.hot))
