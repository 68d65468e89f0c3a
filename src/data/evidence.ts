import type { EvidenceFile } from '../schema/snapshot'
import type { Fetcher } from './fetch-files'
import { evidenceFileName } from '../schema/snapshot'
import { EvidenceFileSchema } from '../schema/snapshot'
import { fetchBytes, parseJsonBytes } from './fetch-files'
import { validateFile } from './snapshot-part'

/** One report's evidence file, validated (loaded on demand by the report view). */
export async function fetchEvidence(folder: string, reportId: string, fetcher: Fetcher): Promise<EvidenceFile> {
  // The file on disk is named encodeURIComponent(id).json; encode once more so
  // the server's URL decoding yields that literal name (a no-op for plain ids).
  const url = new URL(encodeURIComponent(evidenceFileName(reportId)), folder).href
  return validateFile(EvidenceFileSchema, parseJsonBytes(await fetchBytes(url, fetcher), url), url)
}
