import type { Dataset, DatasetPart } from '../data/dataset'
import type { Fetcher } from '../data/fetch-files'
import type { DecodeMode } from '../workers/snapshot-client'
import type { EvidenceFile, Manifest, PrintsFile } from '../schema/snapshot'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef } from 'vue'
import { combineParts } from '../data/dataset'
import { DataError } from '../data/errors'
import { loadSnapshot } from '../workers/snapshot-client'

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

/**
 * The loaded reports and observations. Big data lives in shallowRefs of
 * markRaw'd typed-array structures: nothing here is deeply reactive, and a
 * change swaps the whole Dataset.
 */
export const useDatasetStore = defineStore('dataset', () => {
  const status = ref<LoadStatus>('idle')
  const error = shallowRef<DataError | null>(null)
  /** The dataset name being shown (`?dataset=`). */
  const name = ref<string | null>(null)
  const manifest = shallowRef<Manifest | null>(null)
  /** The snapshot part first, then imports in the order they were added. */
  const parts = shallowRef<readonly DatasetPart[]>([])
  const evidenceFolder = ref<string | null>(null)
  const evidenceCache = markRaw(new Map<string, Promise<EvidenceFile | null>>())
  const printsUrl = ref<string | null>(null)
  /**
   * Whether the imports kept in this browser have joined the data (the
   * imports store restores them once per page load, after the first render):
   * until then a report that is not in the snapshot may still be an import.
   */
  const importsRestored = ref(false)
  let printsPending: Promise<PrintsFile | null> | null = null
  let fetcher: Fetcher = url => fetch(url)
  let pageUrl = () => document.baseURI
  let decode: DecodeMode = 'auto'
  let loadToken = 0

  const dataset = computed<Dataset | null>(() => parts.value.length === 0
    ? null
    : markRaw(combineParts(parts.value)))
  const imports = computed(() => parts.value.filter(p => p.origin === 'imported'))

  /** Load `?dataset=` (again on retry); imports are kept across datasets. */
  async function load(datasetName: string, options: { force?: boolean } = {}): Promise<void> {
    if (!options.force && name.value === datasetName && (status.value === 'ready' || status.value === 'loading'))
      return
    const token = ++loadToken
    name.value = datasetName
    status.value = 'loading'
    error.value = null
    try {
      const loaded = await loadSnapshot(datasetName, pageUrl(), fetcher, decode)
      if (token !== loadToken)
        return
      manifest.value = markRaw(loaded.manifest)
      evidenceFolder.value = loaded.evidenceFolder
      evidenceCache.clear()
      printsUrl.value = loaded.printsUrl
      printsPending = null
      parts.value = [
        markRaw(loaded.part),
        ...imports.value,
      ]
      status.value = 'ready'
    }
    catch (e) {
      if (token !== loadToken)
        return
      error.value = e instanceof DataError
        ? e
        : new DataError(datasetName, e instanceof Error
            ? e.message
            : String(e))
      status.value = 'error'
    }
  }

  /** Append imported reports (a browser import); they are marked as imported everywhere. */
  function addImport(part: Omit<DatasetPart, 'origin'>): void {
    parts.value = [
      ...parts.value.filter(p => p.id !== part.id),
      markRaw({ ...part, origin: 'imported' as const }),
    ]
  }

  /** The imports store says its restore is over (done or failed). */
  function markImportsRestored(): void {
    importsRestored.value = true
  }

  /** Append several imports in one change (restoring them after a reload): the data is combined once. */
  function addImports(added: readonly Omit<DatasetPart, 'origin'>[]): void {
    if (added.length === 0)
      return
    const ids = new Set(added.map(p => p.id))
    parts.value = [
      ...parts.value.filter(p => !ids.has(p.id)),
      ...added.map(part => markRaw({ ...part, origin: 'imported' as const })),
    ]
  }

  function removeImport(id: string): void {
    parts.value = parts.value.filter(p => p.origin !== 'imported' || p.id !== id)
  }

  /** A report's evidence: from memory for imports, fetched (once) for the snapshot. */
  function evidence(reportId: string): Promise<EvidenceFile | null> {
    const ds = dataset.value
    const r = ds?.reportById.get(reportId)
    if (!ds || r === undefined)
      return Promise.resolve(null)
    const part = ds.parts[ds.reportPart[r]!]!
    if (part.origin === 'imported')
      return Promise.resolve(part.evidence?.get(reportId) ?? null)
    const folder = evidenceFolder.value
    if (folder === null)
      return Promise.resolve(null)
    let pending = evidenceCache.get(reportId)
    if (!pending) {
      // Zod comes with it: the evidence module loads with the first report opened.
      pending = import('../data/evidence').then(m => m.fetchEvidence(folder, reportId, fetcher)).then(markRaw)
      // A failed fetch is not cached, so reopening the report retries.
      pending.catch(() => evidenceCache.delete(reportId))
      evidenceCache.set(reportId, pending)
    }
    return pending
  }

  /**
   * The snapshot's section prints for the audit (fetched once), or null when
   * the dataset has none; imports hold theirs in their part.
   */
  function snapshotPrints(): Promise<PrintsFile | null> {
    const url = printsUrl.value
    if (url === null)
      return Promise.resolve(null)
    if (!printsPending) {
      const pending = import('../data/prints').then(m => m.fetchPrints(url, fetcher)).then(markRaw)
      // A failed fetch is not kept, so the next audit retries.
      pending.catch(() => {
        if (printsPending === pending)
          printsPending = null
      })
      printsPending = pending
    }
    return printsPending
  }

  /** Tests swap the network (and the page address) for files on disk, and decode without a Worker. */
  function configure(options: { fetcher: Fetcher, pageUrl: string, decode?: DecodeMode }): void {
    fetcher = options.fetcher
    pageUrl = () => options.pageUrl
    decode = options.decode ?? 'thread'
  }

  return {
    status,
    error,
    name,
    manifest,
    parts,
    dataset,
    imports,
    importsRestored,
    load,
    addImport,
    addImports,
    markImportsRestored,
    removeImport,
    evidence,
    snapshotPrints,
    configure,
  }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useDatasetStore, import.meta.hot))
