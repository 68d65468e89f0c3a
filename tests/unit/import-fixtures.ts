import type { CsvImportResult } from '../../src/import/csv-import'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { importTidyCsv } from '../../src/import/csv-import'
import { TIDY_COLUMNS } from '../../src/schema/tidy'

/** Bytes of a committed fixture under tests/fixtures/import/ (see generate.ts there). */
export function fixture(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/import', name)))
}

/** UTF-8 bytes of a string, for cases too small to deserve a fixture file. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}

/** A tidy CSV of these rows under the spec's header (CRLF, as the export writes). */
export function csv(...rows: string[]): string {
  return [TIDY_COLUMNS.join(','), ...rows].join('\r\n')
}

/** A tidy CSV the import must accept (its header is right); throws with the issues if it refuses the file. */
export function parsed(text: string): Extract<CsvImportResult, { ok: true }> {
  const result = importTidyCsv(text, { file: 't.csv' })
  if (!result.ok)
    throw new Error(`refused: ${JSON.stringify(result.issues)}`)
  return result
}
