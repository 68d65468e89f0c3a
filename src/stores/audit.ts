import type { AuditColumns } from '../audit/dataset-input'
import type { AuditReport } from '../audit/types'
import type { ReportPrints } from '../audit/similarity/prints'
import type { AuditResult } from '../schema/audit'
import type { PrintsFile } from '../schema/snapshot'
import type { AuditMode } from '../workers/audit-client'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef, watch } from 'vue'
import { auditColumns, datasetAuditInputs } from '../audit/dataset-input'
import { SIMILARITY } from '../audit/rules/similarity'
import { decodePrints, PRINTS_METHOD } from '../audit/similarity/codec'
import { isEstimated, verifySimilarity } from '../audit/verify'
import { auditResultKeys } from '../data/check-key'
import { runAuditOff } from '../workers/audit-client'
import { useDatasetStore } from './dataset'

export type AuditStatus = 'idle' | 'loading' | 'ready'

/**
 * Estimates this far above the threshold are kept without the exact check:
 * the largest error measured over 1,784 pairs was 15 points (docs/audit.md).
 */
const SURE_MARGIN = 0.2
/** Exact checks under way at once (each fetches two evidence files). */
const CONCURRENT_CHECKS = 4

/** An estimated 内容雷同 result close enough to the threshold that its estimate may be wrong. */
function needsCheck(r: AuditResult): boolean {
  return isEstimated(r) && (r.values?.[0] ?? 100) < (SIMILARITY.threshold + SURE_MARGIN) * 100
}

/**
 * The audit across reports (src/audit, docs/audit.md) over whatever is
 * loaded, bundled and imported. It runs when a view first asks for it
 * (`prepare`), once the snapshot's section prints are fetched, in a worker
 * for a large dataset, and again whenever the loaded reports change.
 * 内容雷同 results estimated from the signatures near the threshold are then
 * measured on the two reports' texts (their evidence files) and kept only
 * if they hold.
 */
export const useAuditStore = defineStore('audit', () => {
  const data = useDatasetStore()
  const status = ref<AuditStatus>('idle')
  /** An audit run is under way (the list shows what the last run found meanwhile). */
  const running = ref(false)
  const snapshotPrints = shallowRef<PrintsFile | null>(null)
  const runResults = shallowRef<readonly AuditResult[]>([])
  /** Each result's key (src/data/check-key.ts: the checks list's and the review's), the same across runs; a verified share changes the message, not the key. */
  const runKeys = computed(() => auditResultKeys(runResults.value))
  /** Exact results of estimated ones, by result key; null where the exact share fell below the threshold. */
  const verified = shallowRef<ReadonlyMap<string, AuditResult | null>>(new Map())
  let mode: AuditMode = 'auto'
  let runToken = 0

  const prints = computed<ReadonlyMap<string, ReportPrints>>(() => {
    const out = new Map<string, ReportPrints>()
    for (const part of data.parts) {
      const file = part.origin === 'imported' ? part.prints : snapshotPrints.value
      if (file?.method !== PRINTS_METHOD)
        continue
      for (const e of file.reports)
        out.set(e.id, decodePrints(e.sections))
    }
    return markRaw(out)
  })

  /** What the audit reads of the loaded reports: the dataset's own observation columns and its report fields, coded. */
  const columns = computed<AuditColumns | null>(() => status.value === 'ready' && data.dataset ? markRaw(auditColumns(data.dataset)) : null)
  /** The reports as the audit reads them: built here only for the exact checks of estimated results (the worker builds its own). */
  const inputs = computed<readonly AuditReport[]>(() => status.value === 'ready' && data.dataset ? markRaw(datasetAuditInputs(data.dataset, prints.value)) : [])

  /** The results, checked ones in place of their estimates (the run's own list while none is checked: its keys are kept with it). */
  const results = computed<readonly AuditResult[]>(() => {
    if (verified.value.size === 0)
      return runResults.value
    const out: AuditResult[] = []
    for (const [i, r] of runResults.value.entries()) {
      const key = runKeys.value[i]!
      const v = verified.value.has(key) ? verified.value.get(key)! : r
      if (v)
        out.push(v)
    }
    return markRaw(out)
  })

  async function loadPrints(): Promise<void> {
    try {
      snapshotPrints.value = await data.snapshotPrints()
    }
    catch {
      // Without prints the audit runs without 内容雷同 across the snapshot; the other rules do not need them.
      snapshotPrints.value = null
    }
  }

  /** The exact check of one estimated result on its two reports' texts. */
  async function check(r: AuditResult, key: string, byId: ReadonlyMap<string, AuditReport>): Promise<void> {
    const a = byId.get(r.reports[0]!)
    const b = byId.get(r.reports[1]!)
    const [ea, eb] = await Promise.all(r.reports.map(id => data.evidence(id).catch(() => null)))
    // Without both texts the estimate stays, marked ≈ in its message.
    if (a && b && ea && eb)
      verified.value = new Map(verified.value).set(key, verifySimilarity(r, [a, b], [ea.text, eb.text]))
  }

  async function verify(): Promise<void> {
    const keys = runKeys.value
    const queue = [...runResults.value.entries()].filter(([i, r]) => needsCheck(r) && !verified.value.has(keys[i]!))
    if (queue.length === 0)
      return
    const byId = new Map(inputs.value.map(r => [r.id, r]))
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift())
        await check(next[1], keys[next[0]]!, byId)
    }
    await Promise.all(Array.from({ length: CONCURRENT_CHECKS }, worker))
  }

  async function run(): Promise<void> {
    const token = ++runToken
    running.value = true
    const start = performance.now()
    try {
      const results = columns.value ? await runAuditOff(columns.value, prints.value, mode) : []
      // Take them in a task of their own: the worker's answer was read
      // (deserialised, ~40-60 ms at a million observations) in this one.
      await new Promise(resolve => setTimeout(resolve))
      if (token !== runToken)
        return
      // A performance measure named "audit", for the benchmark (docs/audit.md).
      performance.measure('audit', { start, end: performance.now() })
      runResults.value = markRaw(results)
    }
    finally {
      if (token === runToken)
        running.value = false
    }
    await verify()
  }

  /** Fetch what the audit needs and run it (once; later changes of the loaded reports rerun it). */
  async function prepare(): Promise<void> {
    if (status.value !== 'idle')
      return
    status.value = 'loading'
    await loadPrints()
    status.value = 'ready'
    await run()
  }

  // Another dataset: its own prints, its own results.
  watch(() => data.manifest, () => {
    runToken++
    status.value = 'idle'
    running.value = false
    snapshotPrints.value = null
    runResults.value = []
    verified.value = new Map()
  })
  // An import added or removed: audit again.
  watch([columns, prints], (_next, [previous]) => {
    if (status.value === 'ready' && previous)
      void run()
  })

  /** Tests in Node run the audit on this thread. */
  function configure(options: { mode: AuditMode }): void {
    mode = options.mode
  }

  return { status, running, results, prepare, configure }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useAuditStore, import.meta.hot))
