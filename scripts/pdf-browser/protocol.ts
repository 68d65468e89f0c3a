/** What the page asks the worker: read these PDFs, `rounds` times over. */
export interface BenchRequest {
  files: { name: string, bytes: ArrayBuffer }[]
  rounds: number
}

export interface BenchResult {
  /** Loading pdf.js (and its worker) the first time, ms. */
  loadMs: number
  /** Each file read once: pages, values found, checks' ids, ms (first read includes cMap and font fetches). */
  first: { name: string, pages: number, values: number, checks: string[], ms: number }[]
  /** Then all files `rounds` times: pages and ms for pdf.js extraction alone, and for reading and parsing. */
  extract: { pages: number, ms: number }
  endToEnd: { pages: number, ms: number }
  error?: string
}
