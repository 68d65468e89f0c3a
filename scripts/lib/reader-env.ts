import type { ReaderEnv } from '../../src/readers'
import type { PdfEnv } from '../../src/readers/pdf/env'
import { DOMParser } from 'linkedom'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** pdfjs-dist's folder (its cmaps/ and standard_fonts/ are read from there). */
function pdfjsRoot(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
}

/** pdf.js in Node: the legacy build (Node 20), loaded on the first PDF only. */
export function nodePdfEnv(): PdfEnv {
  const root = pdfjsRoot()
  return {
    load: () => import('pdfjs-dist/legacy/build/pdf.mjs'),
    cMapUrl: `${join(root, 'cmaps')}/`,
    standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
  }
}

/** The readers' environment in Node (the preparse CLI, tests, benchmarks): pdf.js for PDFs, linkedom for web pages and .docx renderings. */
export function nodeReaderEnv(): ReaderEnv {
  return {
    pdf: nodePdfEnv(),
    parseHtml: html => new DOMParser().parseFromString(html, 'text/html') as unknown as Document,
  }
}
