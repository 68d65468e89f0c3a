import type { Manifest, ReportEntry } from '../schema/snapshot'
import type { DecodedColumns } from './columns'
import type { DatasetPart } from './dataset'
import type { SnapshotFileBytes, SnapshotManifest } from './fetch-files'

/**
 * A dataset's snapshot once decoded, and its two data files decoded each on
 * its own. No Zod here: the page assembles what its workers decoded without
 * loading the schemas.
 */
export interface LoadedSnapshot {
  manifest: Manifest
  part: DatasetPart
  /** Folder URL of the evidence files, null when the dataset has none. */
  evidenceFolder: string | null
  /** URL of the audit's section prints, null when the dataset has none. */
  printsUrl: string | null
}

/** The reports file decoded, with the validated manifest and the URLs it names. */
export interface DecodedReports {
  file: 'reports'
  manifest: Manifest
  reports: ReportEntry[]
  evidenceFolder: string | null
  printsUrl: string | null
}

export interface DecodedObservations {
  file: 'observations'
  columns: DecodedColumns
}

/** The snapshot's own part, from its validated reports and columns. */
export function snapshotPartOf(manifest: Manifest, reports: readonly ReportEntry[], columns: DecodedColumns): DatasetPart {
  return {
    id: manifest.dataset,
    origin: 'bundled',
    label: manifest.description,
    reports,
    columns,
  }
}

/** The snapshot from its two decoded files. */
export function loadedSnapshot(reports: DecodedReports, observations: DecodedObservations): LoadedSnapshot {
  const { manifest, evidenceFolder, printsUrl } = reports
  return { manifest, part: snapshotPartOf(manifest, reports.reports, observations.columns), evidenceFolder, printsUrl }
}

/** One of a snapshot's two data files, fetched, to be parsed and validated on its own. */
export interface SnapshotFileJob {
  file: 'reports' | 'observations'
  folder: string
  manifestUrl: string
  /** The manifest as parsed, not yet validated. */
  manifest: unknown
  url: string
  bytes: ArrayBuffer
}

/** A data file for a worker to fetch, then parse and validate (at scale: see snapshot-client.ts). */
export type SnapshotFetchJob = Omit<SnapshotFileJob, 'bytes'>

/** The two files' fetch jobs, from the manifest. */
export function snapshotFetchJobs(head: SnapshotManifest): [SnapshotFetchJob, SnapshotFetchJob] {
  const common = { folder: head.folder, manifestUrl: head.manifestUrl, manifest: head.manifest }
  return [
    { ...common, file: 'reports', url: head.reportsUrl },
    { ...common, file: 'observations', url: head.observationsUrl },
  ]
}

/** The two files' jobs (the page's fetch gives both). */
export function snapshotFileJobs(files: SnapshotFileBytes): [SnapshotFileJob, SnapshotFileJob] {
  const [reports, observations] = snapshotFetchJobs(files)
  return [{ ...reports, bytes: files.reports }, { ...observations, bytes: files.observations }]
}
