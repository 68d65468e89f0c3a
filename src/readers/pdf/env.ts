/**
 * What a PDF reader needs from its environment: pdf.js itself (the legacy
 * build: Node 20 and older browsers lack what the modern one assumes) and
 * where its CJK character maps and standard fonts are. Node points at the
 * package's folders (scripts/lib/reader-env.ts); the browser at the copies
 * the build ships (./load-browser.ts). Never a CDN.
 */

import type * as PdfJsModule from 'pdfjs-dist'

/** The parts of pdf.js the reader uses. */
export type PdfJs = Pick<typeof PdfJsModule, 'getDocument' | 'OPS'>

export interface PdfEnv {
  /** Loads pdf.js (a module import: loaded once, then cached). */
  load: () => Promise<PdfJs>
  /** Folder (Node) or URL (browser) of pdfjs-dist/cmaps/, ending in '/'. */
  cMapUrl: string
  /** Folder (Node) or URL (browser) of pdfjs-dist/standard_fonts/, ending in '/'. */
  standardFontDataUrl: string
}
