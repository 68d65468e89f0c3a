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

/** The manifest's `files.<key>` as a string, or a DataError (the worker validates the rest). */
function fileName(manifest: unknown, key: 'reports' | 'observations', manifestUrl: string): string {
  const files = (manifest as { files?: Record<string, unknown> } | null)?.files
  const name = files?.[key]
  if (typeof name !== 'string')
    throw new DataError(manifestUrl, `files.${key}: expected a file name`)
  return name
}

/** A dataset's manifest, fetched and parsed (not validated), and the URLs of the files it names. */
export interface SnapshotManifest {
  folder: string
  manifestUrl: string
  manifest: unknown
  reportsUrl: string
  observationsUrl: string
}

/** The manifest's response the page's preload script fetched (public/preload-data.js). */
interface PreloadedManifest { url: string, response: Promise<Response> }

/** The preload script's manifest response, once, if it is for `url`. */
function takePreloadedManifest(url: string): Promise<Response> | null {
  const scope = globalThis as { __datasetManifest?: PreloadedManifest }
  const preloaded = scope.__datasetManifest
  if (preloaded?.url !== url)
    return null
  delete scope.__datasetManifest
  return preloaded.response
}

/** Fetch and parse a dataset's manifest; the file names it gives become URLs inside the dataset's folder. */
export async function fetchManifest(name: string, pageUrl: string, fetcher: Fetcher): Promise<SnapshotManifest> {
  const folder = datasetFolder(name, pageUrl)
  const manifestUrl = `${folder}manifest.json`
  const preloaded = takePreloadedManifest(manifestUrl)
  const bytes = await fetchBytes(manifestUrl, preloaded ? () => preloaded : fetcher)
  const manifest = parseJsonBytes(bytes, manifestUrl)
  mark(MARKS.manifest)
  return {
    folder,
    manifestUrl,
    manifest,
    reportsUrl: fileUrl(folder, fileName(manifest, 'reports', manifestUrl), manifestUrl),
    observationsUrl: fileUrl(folder, fileName(manifest, 'observations', manifestUrl), manifestUrl),
  }
}

/** A dataset's three files, fetched, not yet parsed (except the small manifest, for the file names). */
export interface SnapshotFileBytes extends SnapshotManifest {
  reports: ArrayBuffer
  observations: ArrayBuffer
}

/** The reports and observations files the manifest names, fetched on this thread. */
export async function fetchDataFiles(head: SnapshotManifest, fetcher: Fetcher): Promise<SnapshotFileBytes> {
  const [reports, observations] = await Promise.all([fetchBytes(head.reportsUrl, fetcher), fetchBytes(head.observationsUrl, fetcher)])
  mark(MARKS.dataBytes)
  return { ...head, reports, observations }
}
