import type { UseStore } from 'idb-keyval'
import type { ImportBatch } from './batch'
import type { Issue, StorageIssueCode } from './issues'
import { clear, createStore, del, entries, set } from 'idb-keyval'
import { ImportBatchSchema } from './batch'
import { issue } from './issues'

/** The IndexedDB database and object store holding import batches (one record per batch). */
export const IMPORT_DB = 'disclosure-dashboard-imports'
export const IMPORT_STORE = 'batches'

/** A storage failure the panel must show (quota, private mode, a broken database). */
export class ImportStorageError extends Error {
  constructor(readonly issue: Issue<StorageIssueCode>) {
    super(`${issue.code}: ${JSON.stringify(issue.params)}`)
    this.name = 'ImportStorageError'
  }
}

let defaultStore: UseStore | undefined

/** Opened lazily: merely loading the module must not touch IndexedDB. */
export function importStore(): UseStore {
  defaultStore ??= createStore(IMPORT_DB, IMPORT_STORE)
  return defaultStore
}

/** Error names browsers use for a full disk or origin quota (Firefox's legacy name included). */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'])
/** Error names of an IndexedDB that cannot be used at all (private windows, blocked storage). */
const UNAVAILABLE_NAMES = new Set([
  'InvalidStateError',
  'SecurityError',
  'UnknownError',
  'ReferenceError',
])

async function estimateMb(): Promise<{ usage: number, quota: number } | null> {
  try {
    const estimate = await globalThis.navigator?.storage?.estimate?.()
    if (!estimate || estimate.quota === undefined || estimate.usage === undefined)
      return null
    const mb = (n: number) => Math.round(n / (1024 * 1024))
    return {
      usage: mb(estimate.usage),
      quota: mb(estimate.quota),
    }
  }
  catch {
    return null
  }
}

/** Any error from IndexedDB → the issue the user sees. */
export async function toStorageError(error: unknown): Promise<ImportStorageError> {
  if (error instanceof ImportStorageError)
    return error
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException)
    ? (error as Error).name
    : ''
  const message = error instanceof Error
    ? error.message
    : String(error)
  if (QUOTA_NAMES.has(name)) {
    const estimate = await estimateMb()
    return new ImportStorageError(issue('storage-quota', estimate ?? {}))
  }
  if (UNAVAILABLE_NAMES.has(name) || typeof indexedDB === 'undefined')
    return new ImportStorageError(issue('storage-unavailable', { message }))
  return new ImportStorageError(issue('storage-failed', { message }))
}

async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  }
  catch (error) {
    throw await toStorageError(error)
  }
}

/**
 * Ask the browser not to evict our storage under pressure, so imports
 * survive; best effort (browsers may decide by engagement), never an error.
 */
async function requestPersistence(): Promise<void> {
  try {
    await globalThis.navigator?.storage?.persist?.()
  }
  catch {}
}

export async function saveBatch(batch: ImportBatch, store: UseStore = importStore()): Promise<void> {
  await guarded(() => set(batch.id, batch, store))
  await requestPersistence()
}

export interface LoadedBatches {
  /** Valid batches, oldest first (the order they apply in). */
  batches: ImportBatch[]
  /** Records that no longer match the schema: listed so the user can remove them. */
  corrupt: { key: string, issue: Issue<StorageIssueCode> }[]
}

export async function loadBatches(store: UseStore = importStore()): Promise<LoadedBatches> {
  const records = await guarded(() => entries<IDBValidKey, unknown>(store))
  const batches: ImportBatch[] = []
  const corrupt: LoadedBatches['corrupt'] = []
  for (const [key, value] of records) {
    const parsed = ImportBatchSchema.safeParse(value)
    if (parsed.success) {
      batches.push(parsed.data)
    }
    else {
      corrupt.push({
        key: String(key),
        issue: issue('storage-corrupt', {
          key: String(key),
          message: parsed.error.issues[0]?.message ?? '',
        }),
      })
    }
  }
  batches.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
  return { batches, corrupt }
}

export async function removeBatch(id: string, store: UseStore = importStore()): Promise<void> {
  await guarded(() => del(id, store))
}

export async function clearBatches(store: UseStore = importStore()): Promise<void> {
  await guarded(() => clear(store))
}
