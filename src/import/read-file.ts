import type { ReaderEnv } from '../readers'
import type { FileResult, ProcessOptions } from './process-file'
import { sniffFormat } from '../readers'
import { processDocument } from './process-document'
import { processFile } from './process-file'

/**
 * Any dropped file → what it holds. PDFs, saved web pages and .docx (known
 * by their bytes first, their name second: a PDF saved as .txt is still a
 * PDF) go through the readers; everything else through the text and CSV
 * intake, which refuses binaries by name (an image, a spreadsheet).
 */
export function readImportFile(name: string, bytes: Uint8Array, env: ReaderEnv, options: ProcessOptions = {}): Promise<FileResult> {
  const format = sniffFormat(name, bytes)
  if (format === 'pdf' || format === 'html' || format === 'docx')
    return processDocument(name, bytes, format, env, options)
  return Promise.resolve(processFile(name, bytes, options))
}
