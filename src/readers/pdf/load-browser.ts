/**
 * pdf.js in the browser, for the import worker: the legacy build (older
 * Chromium-based browsers in government offices lack what the modern build
 * assumes), with its own worker bundled by Vite (`?worker`, a module worker
 * nested in the import worker), and its CJK cMaps and standard fonts from
 * the app's own files (vite.config.ts copies them to pdfjs/ beside
 * index.html), never a CDN.
 *
 *   const doc = await readDocument(file.name, bytes, { pdf: browserPdfEnv() })
 *
 * Why a nested worker (measured and explained in docs/parser.md): pdf.js's
 * worker module, imported into the import worker to run on its thread,
 * announces itself to the page with a message of its own (it takes any
 * worker it is loaded in for its own), which the import's protocol would
 * have to know to ignore; and pdf.js 5.6 finds its worker through
 * `window.location`, so it must be handed one as a port.
 */

import type { PdfEnv, PdfJs } from './env'

export interface BrowserPdfOptions {
  /** Where the app's root is (the folder holding pdfjs/); by default found from this module's URL. */
  assetBase?: string | URL
}

/** The folder above this chunk's, in a variable: Vite would take `new URL('../', import.meta.url)` for an asset. */
const PARENT = '../'

/**
 * The app's root URL: in a build every chunk sits in assets/ under it; the
 * dev server serves the root at its origin.
 */
function defaultAssetBase(): string {
  return import.meta.env.DEV ? new URL('/', globalThis.location.href).href : new URL(PARENT, import.meta.url).href
}

/**
 * The cMaps and standard fonts fetched with `fetch`: pdf.js's own factory
 * checks the URL against `document.baseURI`, which a worker has not, and
 * then fails on every file (a PDF whose fonts need a cMap reads as empty).
 */
class FetchBinaryDataFactory {
  readonly urls: Record<string, string | null>
  constructor({ cMapUrl = null, standardFontDataUrl = null, wasmUrl = null }: { cMapUrl?: string | null, standardFontDataUrl?: string | null, wasmUrl?: string | null }) {
    this.urls = { cMapUrl, standardFontDataUrl, wasmUrl }
  }

  async fetch({ kind, filename }: { kind: string, filename: string }): Promise<Uint8Array> {
    const base = this.urls[kind]
    if (!base)
      throw new Error(`pdf.js asked for ${kind} data, which this app does not ship (${filename})`)
    const response = await fetch(`${base}${filename}`)
    if (!response.ok)
      throw new Error(`${base}${filename}: HTTP ${response.status}`)
    return new Uint8Array(await response.arrayBuffer())
  }
}

/** pdf.js, and its worker started once per thread (reused for every PDF this thread reads). */
async function loadPdfJs(): Promise<PdfJs> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  if (!pdfjs.GlobalWorkerOptions.workerPort) {
    const { default: PdfjsWorker } = await import('pdfjs-dist/legacy/build/pdf.worker.mjs?worker')
    pdfjs.GlobalWorkerOptions.workerPort = new PdfjsWorker({ name: 'pdfjs' })
  }
  return pdfjs
}

export function browserPdfEnv(options: BrowserPdfOptions = {}): PdfEnv {
  const base = new URL('pdfjs/', options.assetBase ?? defaultAssetBase())
  return {
    load: loadPdfJs,
    cMapUrl: new URL('cmaps/', base).href,
    standardFontDataUrl: new URL('standard_fonts/', base).href,
    BinaryDataFactory: FetchBinaryDataFactory,
  }
}
