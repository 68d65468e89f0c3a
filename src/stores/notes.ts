import type { UseStore } from 'idb-keyval'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { createStore, entries, set } from 'idb-keyval'
import { shallowRef } from 'vue'

/** The IndexedDB database and object store of the briefing's notes (one record per county and year). */
export const NOTES_DB = 'disclosure-dashboard-notes'
export const NOTES_STORE = 'notes'

/** A note's key: the statistical year and the county. */
export function noteKey(year: number, region: string): string {
  return `${year}|${region}`
}

/**
 * The reviewer's free-text notes per county and year, for the briefing,
 * kept in IndexedDB with idb-keyval like the imports (src/import/persist.ts).
 * The database is opened on first use, never when the module loads.
 */
export const useNotesStore = defineStore('notes', () => {
  const notes = shallowRef<ReadonlyMap<string, string>>(new Map())
  /** The last storage failure, shown by the view. */
  const error = shallowRef<string | null>(null)
  let storage: UseStore | undefined
  let loaded: Promise<void> | null = null
  const db = () => storage ??= createStore(NOTES_DB, NOTES_STORE)

  /** Read every saved note (once). */
  function load(): Promise<void> {
    loaded ??= entries<IDBValidKey, unknown>(db()).then((records) => {
      const out = new Map(notes.value)
      for (const [key, value] of records) {
        if (typeof key === 'string' && typeof value === 'string' && !out.has(key))
          out.set(key, value)
      }
      notes.value = out
    }).catch((e: unknown) => {
      error.value = e instanceof Error ? e.message : String(e)
    })
    return loaded
  }

  /** The notes of one year by county. */
  function forYear(year: number): Map<string, string> {
    const prefix = `${year}|`
    const out = new Map<string, string>()
    for (const [key, text] of notes.value) {
      if (key.startsWith(prefix))
        out.set(key.slice(prefix.length), text)
    }
    return out
  }

  /** Keep a note in memory at once and in IndexedDB; a failed save is reported, the text stays for this session. */
  async function save(year: number, region: string, text: string): Promise<boolean> {
    const key = noteKey(year, region)
    notes.value = new Map(notes.value).set(key, text)
    try {
      await set(key, text, db())
      error.value = null
      return true
    }
    catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
      return false
    }
  }

  /** Tests: another database (a fresh one, or a second handle standing for a reload). */
  function configure(options: { storage: UseStore }): void {
    storage = options.storage
    loaded = null
  }

  return { notes, error, load, forYear, save, configure }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useNotesStore, import.meta.hot))
