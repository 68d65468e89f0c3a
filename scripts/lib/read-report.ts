import type { ParsedReport } from '../../src/parser/index'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { makeCheck } from '../../src/catalog/checks'
import { decodeBytes } from '../../src/readers/decode'
import { parseReport } from '../../src/parser/index'
import { hashText } from '../../src/parser/hash'

/**
 * Read and parse one report file. A file that cannot be read or decoded
 * still gives a report, with null fields and an error check saying why.
 */
export async function readReportFile(path: string): Promise<ParsedReport & { file: string }> {
  const file = basename(path)
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await readFile(path))
  }
  catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : `the file cannot be read (${(error as Error).message})`
    return failed(path, file, `${reason}.`)
  }
  const decoded = decodeBytes(bytes)
  if (!decoded.ok)
    return failed(path, file, decoded.message)
  return { ...parseReport(decoded.text, { file }), file }
}

function failed(path: string, file: string, reason: string): ParsedReport & { file: string } {
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
    sourceFormat: null,
    observations: [],
    checks: [makeCheck('input.unreadable', { reason })],
    tables: [],
    text: '',
  }
}
