import type { Manifest } from '../schema/snapshot'
import type { DatasetPart } from './dataset'
import type { SnapshotFileBytes } from './fetch-files'
import { fileUrl, parseJsonBytes } from './fetch-files'
import { snapshotPart, validateManifest } from './snapshot-part'

export interface LoadedSnapshot {
  manifest: Manifest
  part: DatasetPart
  /** Folder URL of the evidence files, null when the dataset has none. */
  evidenceFolder: string | null
  /** URL of the audit's section prints, null when the dataset has none. */
  printsUrl: string | null
}

/**
 * Parse and validate a dataset's files (Zod) and decode the observations
 * into typed arrays. Runs in the snapshot worker: for a million
 * observations this is over a second of work the page never waits on.
 */
export function decodeSnapshot(files: SnapshotFileBytes): LoadedSnapshot {
  const manifest = validateManifest(files.manifest, files.manifestUrl)
  const part = snapshotPart({
    manifest,
    reports: parseJsonBytes(files.reports, files.reportsUrl),
    observations: parseJsonBytes(files.observations, files.observationsUrl),
    reportsFile: files.reportsUrl,
    observationsFile: files.observationsUrl,
  })
  const evidenceFolder = manifest.files.evidence === null ? null : fileUrl(files.folder, manifest.files.evidence, files.manifestUrl)
  const printsUrl = manifest.files.prints === null ? null : fileUrl(files.folder, manifest.files.prints, files.manifestUrl)
  return { manifest, part, evidenceFolder, printsUrl }
}
