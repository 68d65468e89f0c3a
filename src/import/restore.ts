import type { UseStore } from 'idb-keyval'
import type { DatasetPart } from '../data/dataset'
import type { ImportInfo } from './batch-info'
import type { LoadedBatches } from './persist'
import { infoOf } from './batch-info'
import { loadBatches } from './persist'
import { batchToPart } from './to-part'

/** The imports kept in this browser, ready to join the data: parts, their list entries, unreadable records. */
export interface RestoredImports {
  parts: Omit<DatasetPart, 'origin'>[]
  infos: ImportInfo[]
  corrupt: LoadedBatches['corrupt']
}

/**
 * Read every saved batch, validate it and build its dataset part. The
 * import-restore worker runs this (100,000 imported rows took 0.76 s of the
 * page's main thread on a reload); tests run it inline.
 */
export async function restoreImports(store?: UseStore): Promise<RestoredImports> {
  const loaded = await loadBatches(store)
  return {
    parts: loaded.batches.map(batchToPart),
    infos: loaded.batches.map(b => infoOf(b, true)),
    corrupt: loaded.corrupt,
  }
}

/** The typed arrays of restored parts, moved to the page without a copy. */
export function restoredTransfer(restored: RestoredImports): Transferable[] {
  const buffers = restored.parts.flatMap(({ columns: c }) => [c.reportOffsets.buffer, c.indicator.buffer, c.value.buffer, c.unit.buffer, c.approx.buffer, c.source.buffer])
  // A buffer listed twice would make postMessage throw.
  return [...new Set(buffers)] as Transferable[]
}
