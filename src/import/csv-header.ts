import type { TidyColumn } from '../schema/tidy'
import type { FileIssueCode, Issue } from './issues'
import { TIDY_COLUMNS } from '../schema/tidy'
import { issue } from './issues'

/** Where each tidy column sits in the file's rows (files may order columns freely). */
export type ColumnIndex = Readonly<Record<TidyColumn, number>>

export type HeaderCheck
  = | { ok: true, index: ColumnIndex, /** Named columns; cells beyond must be empty. */ width: number }
    | { ok: false, issues: Issue<FileIssueCode>[] }

const KNOWN: ReadonlySet<string> = new Set(TIDY_COLUMNS)

/** A byte-order mark left on the first header cell (a file decoded without stripping it). */
const LEADING_BOM = /^\uFEFF/

/** Names as a message shows them: quoted, so an empty or padded name is visible. */
function list(names: readonly string[]): string {
  return names.map(n => `“${n}”`).join('、')
}

/**
 * Check the first row of a tidy CSV. Trailing empty header cells are allowed
 * (Excel adds them once a cell to the right has been touched); anything else
 * missing, unknown or repeated refuses the whole file, naming the columns.
 */
export function checkTidyHeader(header: readonly string[]): HeaderCheck {
  const cells = header.map((c, i) => (i === 0
    ? c.replace(LEADING_BOM, '')
    : c).trim())
  let width = cells.length
  while (width > 0 && cells[width - 1] === '')
    width--
  const named = cells.slice(0, width)

  if (!named.some(c => KNOWN.has(c))) {
    return {
      ok: false,
      issues: [
        issue('csv-not-tidy', {
          expected: TIDY_COLUMNS.join(','),
          found: named.slice(0, 3).join(','),
        }),
      ],
    }
  }

  const issues: Issue<FileIssueCode>[] = []
  const missing = TIDY_COLUMNS.filter(c => !named.includes(c))
  if (missing.length > 0) {
    issues.push(issue('csv-missing-columns', {
      columns: list(missing),
      count: missing.length,
    }))
  }
  const unknown = named.filter(c => !KNOWN.has(c))
  if (unknown.length > 0) {
    issues.push(issue('csv-unknown-columns', {
      columns: list(unknown),
      count: unknown.length,
      expected: TIDY_COLUMNS.join(','),
    }))
  }
  const repeated = [
    ...new Set(named.filter((c, i) => KNOWN.has(c) && named.indexOf(c) !== i)),
  ]
  if (repeated.length > 0) {
    issues.push(issue('csv-duplicate-columns', {
      columns: list(repeated),
      count: repeated.length,
    }))
  }
  if (issues.length > 0)
    return { ok: false, issues }

  const index = Object.fromEntries(TIDY_COLUMNS.map(c => [
    c,
    named.indexOf(c),
  ])) as Record<TidyColumn, number>
  return { ok: true, index, width }
}
