import type { PrintsFile } from '../schema/snapshot'
import type { Fetcher } from './fetch-files'
import { PrintsFileSchema } from '../schema/snapshot'
import { fetchBytes, parseJsonBytes } from './fetch-files'
import { validateFile } from './snapshot-part'

/** The dataset's section prints for the audit, validated (fetched when the audit first runs). */
export async function fetchPrints(url: string, fetcher: Fetcher): Promise<PrintsFile> {
  return validateFile(PrintsFileSchema, parseJsonBytes(await fetchBytes(url, fetcher), url), url)
}
