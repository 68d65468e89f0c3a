import type { DecodedObservations, DecodedReports, SnapshotFetchJob } from '../data/loaded-snapshot'
import { decodeSnapshotFile } from '../data/decode-snapshot'
import { DataError } from '../data/errors'
import { fetchBytes } from '../data/fetch-files'

/** What the worker answers: its file decoded, or what is wrong with which file. */
export type SnapshotWorkerReply
  = | { ok: true, decoded: DecodedReports | DecodedObservations, bytesAt: number }
    | { ok: false, file: string, detail: string }

interface WorkerScope {
  onmessage: ((event: MessageEvent<SnapshotFetchJob>) => void) | null
  postMessage: (message: SnapshotWorkerReply, transfer?: Transferable[]) => void
}

const scope = self as unknown as WorkerScope

/**
 * Fetch the file here, not on the page: received on the page's main thread,
 * a million observations' ~24 MB were ~0.8 s of its tasks (Chromium's
 * resource loading), while the view's code waited to run (issue 13).
 */
scope.onmessage = async ({ data }) => {
  try {
    const bytes = await fetchBytes(data.url, url => fetch(url))
    // Wall-clock time: the page's timeline starts at its own origin.
    const bytesAt = performance.timeOrigin + performance.now()
    const decoded = decodeSnapshotFile({ ...data, bytes })
    const c = decoded.file === 'observations' ? decoded.columns : null
    // The typed arrays move to the page without a copy.
    scope.postMessage({ ok: true, decoded, bytesAt }, c ? [c.reportOffsets.buffer, c.indicator.buffer, c.value.buffer, c.unit.buffer, c.approx.buffer, c.source.buffer] : [])
  }
  catch (e) {
    scope.postMessage(e instanceof DataError
      ? { ok: false, file: e.file, detail: e.detail }
      : { ok: false, file: data.url, detail: e instanceof Error ? e.message : String(e) })
  }
}
