import type { SnapshotFileBytes } from '../data/fetch-files'
import type { LoadedSnapshot } from '../data/decode-snapshot'
import { decodeSnapshot } from '../data/decode-snapshot'
import { DataError } from '../data/errors'

/** What the worker answers: the decoded snapshot, or what is wrong with which file. */
export type SnapshotWorkerReply
  = | { ok: true, loaded: LoadedSnapshot }
    | { ok: false, file: string, detail: string }

interface WorkerScope {
  onmessage: ((event: MessageEvent<SnapshotFileBytes>) => void) | null
  postMessage: (message: SnapshotWorkerReply, transfer?: Transferable[]) => void
}

const scope = self as unknown as WorkerScope

scope.onmessage = ({ data }) => {
  try {
    const loaded = decodeSnapshot(data)
    const c = loaded.part.columns
    // The typed arrays move to the page without a copy.
    scope.postMessage({ ok: true, loaded }, [c.reportOffsets.buffer, c.indicator.buffer, c.value.buffer, c.unit.buffer, c.approx.buffer, c.source.buffer])
  }
  catch (e) {
    scope.postMessage(e instanceof DataError
      ? { ok: false, file: e.file, detail: e.detail }
      : { ok: false, file: data.manifestUrl, detail: e instanceof Error ? e.message : String(e) })
  }
}
