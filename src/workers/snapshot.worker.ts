import type { DecodedObservations, DecodedReports, SnapshotFileJob } from '../data/loaded-snapshot'
import { decodeSnapshotFile } from '../data/decode-snapshot'
import { DataError } from '../data/errors'

/** What the worker answers: its file decoded, or what is wrong with which file. */
export type SnapshotWorkerReply
  = | { ok: true, decoded: DecodedReports | DecodedObservations }
    | { ok: false, file: string, detail: string }

interface WorkerScope {
  onmessage: ((event: MessageEvent<SnapshotFileJob>) => void) | null
  postMessage: (message: SnapshotWorkerReply, transfer?: Transferable[]) => void
}

const scope = self as unknown as WorkerScope

scope.onmessage = ({ data }) => {
  try {
    const decoded = decodeSnapshotFile(data)
    const c = decoded.file === 'observations' ? decoded.columns : null
    // The typed arrays move to the page without a copy.
    scope.postMessage({ ok: true, decoded }, c ? [c.reportOffsets.buffer, c.indicator.buffer, c.value.buffer, c.unit.buffer, c.approx.buffer, c.source.buffer] : [])
  }
  catch (e) {
    scope.postMessage(e instanceof DataError
      ? { ok: false, file: e.file, detail: e.detail }
      : { ok: false, file: data.url, detail: e instanceof Error ? e.message : String(e) })
  }
}
