import type { Manifest } from '../../src/schema/snapshot'
import type { DatasetPart } from '../../src/data/dataset'
import { snapshotPartOf } from '../../src/data/loaded-snapshot'
import { validateColumns, validateReports } from '../../src/data/snapshot-part'

/** The three snapshot files, already JSON-parsed. */
export interface SnapshotFiles {
  manifest: Manifest
  reports: unknown
  observations: unknown
  /** Names used in error messages. */
  reportsFile: string
  observationsFile: string
}

/**
 * The snapshot's part from its parsed files, validated as the app's decoder
 * validates them (src/data/decode-snapshot.ts, which starts from bytes).
 */
export function snapshotPart(files: SnapshotFiles): DatasetPart {
  const reports = validateReports(files.manifest, files.reports, files.reportsFile)
  return snapshotPartOf(files.manifest, reports, validateColumns(files.observations, reports.length, files.observationsFile))
}
