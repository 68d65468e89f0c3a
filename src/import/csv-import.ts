import type { SourcedReport } from '../schema/snapshot'
import type { TidyColumn } from '../schema/tidy'
import type { RowProblem } from './csv-row'
import type { FileIssueCode, Issue } from './issues'
import type { ValueWarning } from './csv-value'
import type { UnitWarning } from './tidy-reports'
import Papa from 'papaparse'
import { TIDY_COLUMNS } from '../schema/tidy'
import { checkTidyHeader } from './csv-header'
import { checkTidyRow } from './csv-row'
import { createValueWarnings } from './csv-value'
import { issue } from './issues'
import { createLineCounter } from './line-counter'
import { createTidyCollector } from './tidy-reports'

/** A row that did not join, with everything needed to show and fix it. */
export interface RejectedRow {
  /** 1-based physical line where the row starts (the header is line 1). */
  line: number
  /** The row's cells as the file has them. */
  cells: string[]
  problems: RowProblem[]
}

export interface CsvProgress {
  /** Data rows read so far. */
  rows: number
  /** Characters read so far, of `total`. */
  done: number
  total: number
}

export type CsvImportResult
  = | { ok: false, issues: Issue<FileIssueCode>[] }
    | {
      ok: true
      /** The header row as the file has it (for the rejected-rows download). */
      header: string[]
      reports: SourcedReport[]
      /** Data rows in the file (blank lines not counted). */
      rowCount: number
      accepted: number
      rejected: RejectedRow[]
      unitWarnings: UnitWarning[]
      /** Negative values and values beyond their unit's plausible bound: imported, shown with line and column. */
      valueWarnings: ValueWarning[]
    }

export interface CsvImportOptions {
  /** File name, recorded on the reports it produces. */
  file: string
  onProgress?: (progress: CsvProgress) => void
  /** Rows between progress reports. */
  progressEvery?: number
}

/** Papa's error codes for a quote that never closes or closes badly. */
const QUOTE_ERRORS = new Set(['MissingQuotes', 'InvalidQuotes'])

/** A line with nothing on it (or only spaces): not a row, not an error. */
function isBlank(cells: readonly string[]): boolean {
  return cells.length === 1 && cells[0]!.trim() === ''
}

/**
 * Parse a tidy CSV (already decoded to a string) row by row: check the
 * header, validate every row, group valid rows into reports. Synchronous, so
 * the worker runs it off the main thread and tests run it directly.
 */
export function importTidyCsv(text: string, options: CsvImportOptions): CsvImportResult {
  const { file, onProgress, progressEvery = 2000 } = options
  const collector = createTidyCollector(file)
  const lines = createLineCounter(text)
  const rejected: RejectedRow[] = []
  let header: string[] | null = null
  let headerCheck: ReturnType<typeof checkTidyHeader> | null = null
  let rowCount = 0
  let accepted = 0
  let rowStart = 0
  let values: ReturnType<typeof createValueWarnings> | null = null

  Papa.parse<string[]>(text, {
    header: false,
    delimiter: ',',
    skipEmptyLines: false,
    step(results, parser) {
      const cells = results.data
      const line = lines.lineAt(rowStart)
      rowStart = results.meta.cursor
      if (header === null) {
        header = cells
        headerCheck = checkTidyHeader(cells)
        if (!headerCheck.ok)
          parser.abort()
        else
          values = createValueWarnings(headerCheck.index.value + 1)
        return
      }
      if (isBlank(cells) && results.errors.length === 0)
        return
      rowCount++
      if (onProgress && rowCount % progressEvery === 0)
        onProgress({ rows: rowCount, done: rowStart, total: text.length })
      const check = headerCheck!
      if (!check.ok)
        return
      if (results.errors.some(e => QUOTE_ERRORS.has(e.code))) {
        rejected.push({
          line,
          cells,
          problems: [
            {
              column: null,
              code: 'unterminated-quote',
              value: '',
              params: {},
            },
          ],
        })
        return
      }
      const row = checkTidyRow(cells, check.index, check.width)
      if (!row.ok) {
        rejected.push({ line, cells, problems: row.problems })
        return
      }
      const raw = Object.fromEntries(TIDY_COLUMNS.map(c => [c, cells[check.index[c]]!])) as Record<TidyColumn, string>
      const problems = collector.add(row.row, line, raw)
      if (problems) {
        rejected.push({ line, cells, problems })
        return
      }
      values!.note(row.row, line, raw.value)
      accepted++
    },
  })

  const check = headerCheck as ReturnType<typeof checkTidyHeader> | null
  if (check === null || header === null) {
    return {
      ok: false,
      issues: [
        issue('empty'),
      ],
    }
  }
  if (!check.ok)
    return { ok: false, issues: check.issues }
  if (rowCount === 0) {
    return {
      ok: false,
      issues: [
        issue('csv-no-rows'),
      ],
    }
  }
  onProgress?.({ rows: rowCount, done: text.length, total: text.length })
  return {
    ok: true,
    header,
    reports: collector.reports(),
    rowCount,
    accepted,
    rejected,
    unitWarnings: collector.unitWarnings(),
    // Assigned in Papa's callback, which TypeScript does not follow.
    valueWarnings: (values as ReturnType<typeof createValueWarnings> | null)?.list() ?? [],
  }
}
