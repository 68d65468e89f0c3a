import type { ParsedReport } from '../../src/parser/index'
import type { ExtractedDocument } from '../../src/readers'
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { makeCheck } from '../../src/catalog/checks'
import { parseReport } from '../../src/parser/index'
import { hashText } from '../../src/parser/hash'
import { readDocument } from '../../src/readers'
import { sizeLimitOf } from '../../src/readers/limits'
import { nodeReaderEnv } from './reader-env'

export type FileReport = ParsedReport & { file: string }

/**
 * Read and parse one report file (text, web page, PDF or .docx). A file that
 * cannot be read still gives a report, with null fields and an error check
 * saying why. A file over the browser import's size cap is refused the same
 * way, before it is read (a 50 MB text took 49.5 s and 840 MB to parse).
 */
export async function readReportFile(path: string): Promise<FileReport> {
  const file = basename(path)
  let bytes: Uint8Array
  try {
    const { size } = await stat(path)
    const limit = sizeLimitOf(file)
    if (size > limit)
      return failed(path, file, { text: '', sourceFormat: 'text', checks: [makeCheck('input.too_large', { size: Math.round(size / (1024 * 1024) * 10) / 10, limit: limit / (1024 * 1024) })] })
    bytes = new Uint8Array(await readFile(path))
  }
  catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : `the file cannot be read (${(error as Error).message})`
    return failed(path, file, { text: '', sourceFormat: 'text', checks: [makeCheck('input.unreadable', { reason })] })
  }
  const doc = await readDocument(file, bytes, nodeReaderEnv())
  if (doc.checks.some(c => c.severity === 'error') && doc.text.trim() === '')
    return failed(path, file, doc)
  const report = parseReport(doc.text, { file, sourceFormat: doc.sourceFormat })
  return { ...report, checks: [...doc.checks, ...report.checks], file }
}

function failed(path: string, file: string, doc: ExtractedDocument): FileReport {
  return {
    file,
    id: hashText(`unreadable:${path}`),
    title: null,
    region: null,
    prefecture: null,
    province: null,
    agency: null,
    agencyKind: null,
    year: null,
    format: null,
    published: null,
    sourceFormat: doc.sourceFormat,
    observations: [],
    checks: doc.checks,
    tables: [],
    text: '',
  }
}
