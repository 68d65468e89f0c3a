/**
 * What a PDF reader needs from its environment: pdf.js itself (the legacy
 * build: Node 20 and older browsers lack what the modern one assumes) and
 * where its CJK character maps and standard fonts are. Node points at the
 * package's folders (scripts/lib/reader-env.ts); the browser at the copies
 * the build ships (./load-browser.ts). Never a CDN.
 */

import type * as PdfJsModule from 'pdfjs-dist'
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api'

/** The parts of pdf.js the reader uses. */
export type PdfJs = Pick<typeof PdfJsModule, 'getDocument' | 'OPS'>

export interface PdfEnv {
  /** Loads pdf.js (a module import: loaded once, then cached). */
  load: () => Promise<PdfJs>
  /** Folder (Node) or URL (browser) of pdfjs-dist/cmaps/, ending in '/'. */
  cMapUrl: string
  /** Folder (Node) or URL (browser) of pdfjs-dist/standard_fonts/, ending in '/'. */
  standardFontDataUrl: string
  /** How pdf.js fetches those files, where its own way does not work (in a worker it reaches for `document`). */
  BinaryDataFactory?: DocumentInitParameters['BinaryDataFactory']
}
