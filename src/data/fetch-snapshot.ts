import type { EvidenceFile, Manifest } from '../schema/snapshot'
import type { DatasetPart } from './dataset'
import { evidenceFileName } from '../export/snapshot'
import { EvidenceFileSchema } from '../schema/snapshot'
import { DataError } from './errors'
import { snapshotPart, validateFile, validateManifest } from './snapshot-part'

export type Fetcher = (url: string) => Promise<Response>

/** The folder of a dataset, relative to the page (the app may live under any path). */
export function datasetFolder(name: string, pageUrl: string): string {
  return new URL(`data/${name}/`, pageUrl).href
}

/** A file the manifest names, refused if it points outside the dataset folder. */
function fileUrl(folder: string, name: string, manifestUrl: string): string {
  const url = new URL(name, folder).href
  if (!url.startsWith(folder))
    throw new DataError(manifestUrl, `names a file outside the dataset folder: "${name}"`)
  return url
}

/** Fetch and parse one JSON file; every failure becomes a DataError naming the file. */
export async function fetchJson(url: string, fetcher: Fetcher): Promise<unknown> {
  let response: Response
  try {
    response = await fetcher(url)
  }
  catch (e) {
    throw new DataError(url, `could not be fetched (${e instanceof Error
      ? e.message
      : String(e)})`)
  }
  if (!response.ok) {
    throw new DataError(url, `could not be fetched (HTTP ${response.status}${response.status === 404
      ? ', file not found'
      : ''})`)
  }
  const text = await response.text()
  try {
    return JSON.parse(text) as unknown
  }
  catch {
    // A dev server answers a missing file with index.html: say so rather than "bad JSON".
    const html = text.trimStart().startsWith('<')
    throw new DataError(url, html ? 'is missing (the server returned an HTML page instead)' : 'is not valid JSON')
  }
}

export interface LoadedSnapshot {
  manifest: Manifest
  part: DatasetPart
  /** Folder URL of the evidence files, null when the dataset has none. */
  evidenceFolder: string | null
}

/** Load a dataset: its manifest first, then the reports and observations it names. */
export async function fetchSnapshot(name: string, pageUrl: string, fetcher: Fetcher): Promise<LoadedSnapshot> {
  const folder = datasetFolder(name, pageUrl)
  const manifestUrl = `${folder}manifest.json`
  const manifest = validateManifest(await fetchJson(manifestUrl, fetcher), manifestUrl)
  const reportsUrl = fileUrl(folder, manifest.files.reports, manifestUrl)
  const observationsUrl = fileUrl(folder, manifest.files.observations, manifestUrl)
  const [reports, observations] = await Promise.all([
    fetchJson(reportsUrl, fetcher),
    fetchJson(observationsUrl, fetcher),
  ])
  const part = snapshotPart({
    manifest,
    reports,
    observations,
    reportsFile: reportsUrl,
    observationsFile: observationsUrl,
  })
  const evidenceFolder = manifest.files.evidence === null
    ? null
    : fileUrl(folder, manifest.files.evidence, manifestUrl)
  return { manifest, part, evidenceFolder }
}

/** One report's evidence file, validated. */
export async function fetchEvidence(folder: string, reportId: string, fetcher: Fetcher): Promise<EvidenceFile> {
  // The file on disk is named encodeURIComponent(id).json; encode once more so
  // the server's URL decoding yields that literal name (a no-op for plain ids).
  const url = new URL(encodeURIComponent(evidenceFileName(reportId)), folder).href
  return validateFile(EvidenceFileSchema, await fetchJson(url, fetcher), url)
}
