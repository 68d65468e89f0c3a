import type { Encoding } from '../readers/decode'
import type { ReaderEnv } from '../readers'
import type { SourceFormat } from '../schema/report'
import type { FileResult, ProcessOptions } from './process-file'
import { readDocument } from '../readers'
import { declaredCharset } from '../readers/html-charset'
import { checkSize } from './intake'
import { MAX_PDF_PAGES, sizeLimitOfFormat } from './limits'
import { importReportText } from './report-import'

/** A published format the readers turn into text first. */
export type DocumentFormat = Exclude<SourceFormat, 'text'>

/** The charset a saved web page declares, where it is one the app names (GBK pages say so on the card). */
function pageEncoding(bytes: Uint8Array): Encoding | null {
  const label = declaredCharset(bytes)
  return label === 'gb18030' || label === 'utf-8' ? label : null
}

/**
 * A PDF, saved web page or .docx → the reader's text → the CLI's parser.
 * A file the reader gives no text for, with an error (a scan without a text
 * layer, a broken or over-long PDF), is refused with that check, never
 * imported with invented or empty numbers; otherwise the reader's checks
 * (pages without text …) join the report's.
 */
export async function processDocument(name: string, bytes: Uint8Array, format: DocumentFormat, env: ReaderEnv, options: ProcessOptions = {}): Promise<FileResult> {
  const size = bytes.length
  const tooBig = checkSize(size, sizeLimitOfFormat(format))
  if (tooBig)
    return { kind: 'refused', name, size, issues: [tooBig], format, pages: null }

  const onProgress = options.onProgress
  const doc = await readDocument(name, bytes, env, {
    maxPages: MAX_PDF_PAGES,
    onPage: onProgress && ((done, total) => onProgress({ unit: 'pages', done, total })),
  })
  const source = {
    format: doc.sourceFormat,
    pages: doc.pages ?? null,
    encoding: doc.sourceFormat === 'html' ? pageEncoding(bytes) : null,
    bom: false,
  }
  if (doc.text.trim() === '' && doc.checks.some(c => c.severity === 'error'))
    return { kind: 'refused', name, size, issues: [], checks: doc.checks, ...source }
  return {
    kind: 'report',
    name,
    size,
    ...source,
    report: importReportText(doc.text, name, options.parse, { sourceFormat: doc.sourceFormat, checks: doc.checks }),
  }
}
