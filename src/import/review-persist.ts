import type { UseStore } from 'idb-keyval'
import type { ReviewRecord } from '../schema/review'
import { createStore, entries, setMany } from 'idb-keyval'
import { ReviewRecordSchema } from '../schema/review'
import { toStorageError } from './persist'

/**
 * Review statuses in IndexedDB (idb-keyval, as the imports): one record per
 * check key, in a database of their own so clearing imports keeps the review.
 */
export const REVIEW_DB = 'disclosure-dashboard-review'
export const REVIEW_STORE = 'statuses'

let defaultStore: UseStore | undefined

/** Opened lazily: merely loading the module must not touch IndexedDB. */
export function reviewStore(): UseStore {
  defaultStore ??= createStore(REVIEW_DB, REVIEW_STORE)
  return defaultStore
}

/** The saved reviews; records that no longer match the schema are skipped (and counted). */
export async function loadReviews(store: UseStore = reviewStore()): Promise<{ records: ReviewRecord[], corrupt: number }> {
  let rows: [IDBValidKey, unknown][]
  try {
    rows = await entries<IDBValidKey, unknown>(store)
  }
  catch (error) {
    throw await toStorageError(error)
  }
  const records: ReviewRecord[] = []
  let corrupt = 0
  for (const [, value] of rows) {
    const parsed = ReviewRecordSchema.safeParse(value)
    if (parsed.success)
      records.push(parsed.data)
    else
      corrupt++
  }
  return { records, corrupt }
}

export async function saveReviews(records: readonly ReviewRecord[], store: UseStore = reviewStore()): Promise<void> {
  try {
    await setMany(records.map(r => [r.key, r]), store)
  }
  catch (error) {
    throw await toStorageError(error)
  }
}
