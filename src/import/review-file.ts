import type { ReviewRecord, ReviewStatus } from '../schema/review'
import Papa from 'papaparse'
import { restoreCell } from '../export/csv'
import { REVIEW_STATUSES, ReviewFileSchema, ReviewRecordSchema } from '../schema/review'
import { createLineCounter } from './line-counter'

/**
 * A shared review read back (docs/audit.md, "Review"): the CSV or JSON the
 * checks view exports. Every row is validated on its own; bad rows are kept
 * with their line (CSV: the physical line the row starts on, the header
 * being line 1; JSON: the record's number) so the user can fix and
 * re-import them.
 */

export type ReviewProblem
  = | { code: 'header', missing: string }
    | { code: 'format' }
    | { code: 'status', value: string }
    | { code: 'field', field: string }

export interface ReviewRejected {
  line: number
  problem: ReviewProblem
  /** The row's cells (CSV) or the record as JSON text. */
  cells: string[]
}

export interface ReviewParse {
  records: ReviewRecord[]
  rejected: ReviewRejected[]
  /** The CSV's header, for the rejected rows' file; [] for JSON. */
  header: string[]
}

/** The columns an import needs; an export writes more (the check's description), which are ignored. */
export const REVIEW_COLUMNS = ['key', 'status', 'note', 'updated'] as const

/** Status as exported (the code) or as a reviewer may type it in a spreadsheet (the zh label). */
const STATUS_LABELS: Record<string, ReviewStatus> = { 待核实: 'pending', 已核实: 'verified', 已忽略: 'ignored' }

function statusOf(cell: string): ReviewStatus | null {
  const s = cell.trim()
  if ((REVIEW_STATUSES as readonly string[]).includes(s))
    return s as ReviewStatus
  return STATUS_LABELS[s] ?? null
}

function validate(raw: unknown, line: number, cells: string[]): ReviewRecord | ReviewRejected {
  const parsed = ReviewRecordSchema.safeParse(raw)
  if (parsed.success)
    return parsed.data
  const field = String(parsed.error.issues[0]?.path[0] ?? '')
  return { line, problem: { code: 'field', field }, cells }
}

function isRejected(r: ReviewRecord | ReviewRejected): r is ReviewRejected {
  return 'problem' in r
}

function parseJson(text: string): ReviewParse {
  let data: unknown
  try {
    data = JSON.parse(text)
  }
  catch {
    return { records: [], rejected: [{ line: 0, problem: { code: 'format' }, cells: [] }], header: [] }
  }
  const file = ReviewFileSchema.safeParse(data)
  if (!file.success)
    return { records: [], rejected: [{ line: 0, problem: { code: 'format' }, cells: [] }], header: [] }
  const records: ReviewRecord[] = []
  const rejected: ReviewRejected[] = []
  file.data.records.forEach((raw, i) => {
    const r = validate(raw, i + 1, [JSON.stringify(raw)])
    if (isRejected(r))
      rejected.push(r)
    else
      records.push(r)
  })
  return { records, rejected, header: [] }
}

function parseCsv(text: string, now: string): ReviewParse {
  const lines = createLineCounter(text)
  const records: ReviewRecord[] = []
  const rejected: ReviewRejected[] = []
  let header: string[] | null = null
  let index: Record<(typeof REVIEW_COLUMNS)[number], number> | null = null
  let rowStart = 0
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    step(results, parser) {
      const cells = results.data.map(restoreCell)
      const line = lines.lineAt(rowStart)
      rowStart = results.meta.cursor
      if (header === null) {
        header = cells.map(c => c.trim())
        const missing = REVIEW_COLUMNS.find(c => !header!.includes(c))
        if (missing) {
          rejected.push({ line, problem: { code: 'header', missing }, cells })
          parser.abort()
          return
        }
        index = Object.fromEntries(REVIEW_COLUMNS.map(c => [c, header!.indexOf(c)])) as typeof index
        return
      }
      if (cells.every(c => c.trim() === ''))
        return
      const at = (c: (typeof REVIEW_COLUMNS)[number]) => cells[index![c]] ?? ''
      const status = statusOf(at('status'))
      if (status === null) {
        rejected.push({ line, problem: { code: 'status', value: at('status') }, cells })
        return
      }
      const updated = at('updated').trim()
      // An exported check nobody reviewed: nothing to import, nothing wrong.
      if (status === 'pending' && updated === '' && at('note').trim() === '')
        return
      // A status typed in a spreadsheet without a time counts from the import.
      const r = validate({ key: at('key').trim(), status, note: at('note'), updated: updated || now }, line, cells)
      if (isRejected(r))
        rejected.push(r)
      else
        records.push(r)
    },
  })
  return { records, rejected, header: header ?? [] }
}

/** The leading byte-order mark our CSV export writes for Excel. */
const BOM = /^\uFEFF/

/**
 * A review file by its name and contents: `.json` (or text starting with
 * `{`) as JSON, else CSV. `now` stands in for a CSV row's missing time.
 */
export function parseReviewFile(name: string, text: string, now = new Date().toISOString()): ReviewParse {
  const body = text.replace(BOM, '')
  return name.toLowerCase().endsWith('.json') || body.trimStart().startsWith('{') ? parseJson(body) : parseCsv(body, now)
}
