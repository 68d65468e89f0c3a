/** Reading test pages the way the CLI does (linkedom in Node). */
import type { ExtractedDocument } from '../../src/readers'
import { readDocument } from '../../src/readers'
import { nodeReaderEnv } from '../../scripts/lib/reader-env'

export function readBytes(name: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  return readDocument(name, bytes, nodeReaderEnv())
}

/** A page given as a string, saved as UTF-8. */
export function readPage(html: string, name = 'page.html'): Promise<ExtractedDocument> {
  return readBytes(name, new TextEncoder().encode(html))
}

/** The lines of a page's extracted text. */
export async function pageLines(html: string): Promise<string[]> {
  return (await readPage(html)).text.split('\n')
}

/** A minimal report page: `body` inside <body>, after an optional head. */
export function page(body: string, head = '<meta charset="utf-8">'): string {
  return `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`
}
