import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Bytes of a committed fixture under tests/fixtures/import/ (see generate.ts there). */
export function fixture(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/import', name)))
}

/** UTF-8 bytes of a string, for cases too small to deserve a fixture file. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}
