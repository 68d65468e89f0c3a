import type { SnapshotFileBytes } from './fetch-files'
import type { DecodedObservations, DecodedReports, LoadedSnapshot, SnapshotFileJob } from './loaded-snapshot'
import { fileUrl, parseJsonBytes } from './fetch-files'
import { loadedSnapshot, snapshotFileJobs } from './loaded-snapshot'
import { validateColumns, validateManifest, validateReports } from './snapshot-part'

/** The reports file parsed and validated (Zod on every entry), with the manifest and the URLs it names. */
export function decodeReportsFile(job: SnapshotFileJob): DecodedReports {
  const manifest = validateManifest(job.manifest, job.manifestUrl)
  return {
    file: 'reports',
    manifest,
    reports: validateReports(manifest, parseJsonBytes(job.bytes, job.url), job.url),
    evidenceFolder: manifest.files.evidence === null ? null : fileUrl(job.folder, manifest.files.evidence, job.manifestUrl),
    printsUrl: manifest.files.prints === null ? null : fileUrl(job.folder, manifest.files.prints, job.manifestUrl),
  }
}

/** The observations file parsed, its columns checked and decoded into typed arrays. */
export function decodeObservationsFile(job: SnapshotFileJob): DecodedObservations {
  const manifest = validateManifest(job.manifest, job.manifestUrl)
  return { file: 'observations', columns: validateColumns(parseJsonBytes(job.bytes, job.url), manifest.reportCount, job.url) }
}

/**
 * Parse and validate one data file. The reports and the observations need
 * nothing of each other but the manifest's report count, so at scale each
 * has a worker of its own and they run side by side (issue 13).
 */
export function decodeSnapshotFile(job: SnapshotFileJob): DecodedReports | DecodedObservations {
  return job.file === 'reports' ? decodeReportsFile(job) : decodeObservationsFile(job)
}

/**
 * Parse and validate a dataset's files and decode the observations into
 * typed arrays, on this thread (a few thousand observations; at scale the
 * page runs `decodeSnapshotFile` in two workers instead).
 */
export function decodeSnapshot(files: SnapshotFileBytes): LoadedSnapshot {
  const [reports, observations] = snapshotFileJobs(files)
  return loadedSnapshot(decodeReportsFile(reports), decodeObservationsFile(observations))
}
