import { DataError } from './errors'
import { MARKS, mark } from './marks'

/**
 * Fetching a dataset's files on the main thread (so the page's preloads are
 * used) as raw bytes, with errors that name the file. No Zod here: parsing
 * and validation run in the snapshot worker.
 */

export type Fetcher = (url: string) => Promise<Response>

/** The folder of a dataset, relative to the page (the app may live under any path). */
export function datasetFolder(name: string, pageUrl: string): string {
  return new URL(`data/${name}/`, pageUrl).href
}

/** A file the manifest names, refused if it points outside the dataset folder. */
export function fileUrl(folder: string, name: string, manifestUrl: string): string {
  const url = new URL(name, folder).href
  if (!url.startsWith(folder))
    throw new DataError(manifestUrl, `names a file outside the dataset folder: "${name}"`)
  return url
}

/** Leading whitespace bytes (space, tab, CR, LF) and a UTF-8 BOM. */
const SKIPPED = new Set([0x20, 0x09, 0x0D, 0x0A, 0xEF, 0xBB, 0xBF])

/** One file's bytes; HTTP errors and HTML pages (a dev server's answer to a missing file) become DataErrors. */
export async function fetchBytes(url: string, fetcher: Fetcher): Promise<ArrayBuffer> {
  let response: Response
  try {
    response = await fetcher(url)
  }
  catch (e) {
    throw new DataError(url, `could not be fetched (${e instanceof Error ? e.message : String(e)})`)
  }
  if (!response.ok)
    throw new DataError(url, `could not be fetched (HTTP ${response.status}${response.status === 404 ? ', file not found' : ''})`)
  const bytes = await response.arrayBuffer()
  const view = new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 256))
  const first = view.find(b => !SKIPPED.has(b))
  if (first === 0x3C) // '<'
    throw new DataError(url, 'is missing (the server returned an HTML page instead)')
  return bytes
}

/** JSON from bytes, or a DataError naming the file. */
export function parseJsonBytes(bytes: ArrayBuffer, url: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown
  }
  catch {
    throw new DataError(url, 'is not valid JSON')
  }
}

/** A dataset's three files, fetched, not yet parsed (except the small manifest, for the file names). */
export interface SnapshotFileBytes {
  folder: string
  manifestUrl: string
  manifest: unknown
  reportsUrl: string
  reports: ArrayBuffer
  observationsUrl: string
  observations: ArrayBuffer
}

/** The manifest's `files.<key>` as a string, or a DataError (the worker validates the rest). */
function fileName(manifest: unknown, key: 'reports' | 'observations', manifestUrl: string): string {
  const files = (manifest as { files?: Record<string, unknown> } | null)?.files
  const name = files?.[key]
  if (typeof name !== 'string')
    throw new DataError(manifestUrl, `files.${key}: expected a file name`)
  return name
}

/**
 * Fetch the manifest, then the reports and observations files it names.
 * `onManifest` runs as soon as the manifest is parsed (the decoding worker
 * can start while the data downloads).
 */
export async function fetchSnapshotFiles(name: string, pageUrl: string, fetcher: Fetcher, onManifest?: (manifest: unknown) => void): Promise<SnapshotFileBytes> {
  const folder = datasetFolder(name, pageUrl)
  const manifestUrl = `${folder}manifest.json`
  const manifest = parseJsonBytes(await fetchBytes(manifestUrl, fetcher), manifestUrl)
  mark(MARKS.manifest)
  onManifest?.(manifest)
  const reportsUrl = fileUrl(folder, fileName(manifest, 'reports', manifestUrl), manifestUrl)
  const observationsUrl = fileUrl(folder, fileName(manifest, 'observations', manifestUrl), manifestUrl)
  const [reports, observations] = await Promise.all([fetchBytes(reportsUrl, fetcher), fetchBytes(observationsUrl, fetcher)])
  mark(MARKS.dataBytes)
  return { folder, manifestUrl, manifest, reportsUrl, reports, observationsUrl, observations }
}
