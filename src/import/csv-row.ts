import type { TidyColumn, TidyRow } from '../schema/tidy'
import type { ColumnIndex } from './csv-header'
import type { IssueParams, RowIssueCode } from './issues'
import { isIndicatorId } from '../catalog/indicators'
import { restoreCell } from '../export/csv'
import { AGENCY_KINDS, FORMATS, SOURCES } from '../schema/report'
import { TIDY_COLUMNS, TidyRowSchema } from '../schema/tidy'
import { refuseValue } from './csv-value'

/** One thing wrong with a row: which column, what it held, and why it was refused. */
export interface RowProblem {
  /** null when the row as a whole is wrong (cell count, quoting). */
  column: TidyColumn | null
  code: RowIssueCode
  /** The cell as the file has it (before restoring a neutralised formula). */
  value: string
  params: IssueParams
}

export type RowCheck
  = | { ok: true, row: TidyRow }
    | { ok: false, problems: RowProblem[] }

/** Values each enumerated column accepts, listed in the message. */
const CHOICES: Partial<Record<TidyColumn, string>> = {
  agency_kind: AGENCY_KINDS.join(', '),
  format: FORMATS.join(', '),
  source: SOURCES.join(', '),
  approx: 'true, false, 1, 0',
}

function problemFor(column: TidyColumn, value: string): RowProblem {
  if (column === 'year') {
    return {
      column,
      code: 'invalid-year',
      value,
      params: { min: 1990, max: 2100 },
    }
  }
  const choices = CHOICES[column]
  if (choices !== undefined) {
    return {
      column,
      code: 'invalid-choice',
      value,
      params: { allowed: choices },
    }
  }
  if (value.trim() === '') {
    return {
      column,
      code: 'required',
      value,
      params: {},
    }
  }
  return {
    column,
    code: 'not-a-number',
    value,
    params: {},
  }
}

/**
 * Validate one data row of a tidy CSV: the schema of spec §7 plus the
 * catalog. Cells are restored (an exported `'=x` is `=x` again) before they
 * are read, so an export imports back unchanged. Every problem of the row is
 * reported, not just the first.
 */
export function checkTidyRow(cells: readonly string[], index: ColumnIndex, width: number): RowCheck {
  const count = cells.length
  const extra = cells.slice(width).some(c => c !== '')
  if (count < width || extra) {
    return {
      ok: false,
      problems: [
        {
          column: null,
          code: 'field-count',
          value: '',
          params: { expected: width, actual: count },
        },
      ],
    }
  }

  const record: Record<string, string> = {}
  for (const column of TIDY_COLUMNS)
    record[column] = restoreCell(cells[index[column]]!)

  const problems: RowProblem[] = []
  const parsed = TidyRowSchema.safeParse(record)
  if (!parsed.success) {
    const seen = new Set<TidyColumn>()
    for (const zodIssue of parsed.error.issues) {
      const column = zodIssue.path[0] as TidyColumn
      if (seen.has(column))
        continue
      seen.add(column)
      problems.push(problemFor(column, cells[index[column]]!))
    }
  }
  const indicator = record.indicator!.trim()
  if (indicator !== '' && !isIndicatorId(indicator)) {
    problems.push({
      column: 'indicator',
      code: 'unknown-indicator',
      value: cells[index.indicator]!,
      params: {},
    })
  }
  if (parsed.success) {
    const refused = refuseValue(record.value!, parsed.data.value)
    if (refused)
      problems.push({ column: 'value', ...refused, value: cells[index.value]! })
  }
  if (!parsed.success || problems.length > 0)
    return { ok: false, problems }
  return { ok: true, row: parsed.data }
}
