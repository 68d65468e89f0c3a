import type { TidyRow } from '../schema/tidy'
import type { IssueParams } from './issues'
import { findIndicator } from '../catalog/indicators'
import { MAX_VALUE, plausibleMax } from '../catalog/value-bounds'
import { plainNumber } from '../export/csv'
import { isExactDecimal } from './exact-number'

/**
 * A value the import refuses: infinite or beyond `MAX_VALUE` (sums of
 * such values would reach Infinity), or a decimal the file states that the
 * number it becomes is not (`1e-400` → 0, `9007199254740993` → …992).
 */
export function refuseValue(text: string, value: number): { code: 'out-of-range' | 'inexact-number', params: IssueParams } | null {
  const outOfRange = { code: 'out-of-range' as const, params: { max: plainNumber(MAX_VALUE) } }
  if (!Number.isFinite(value))
    return outOfRange
  if (!isExactDecimal(text))
    return { code: 'inexact-number', params: { stored: plainNumber(value) } }
  return Math.abs(value) > MAX_VALUE ? outOfRange : null
}

/** Why an imported value is doubtful: below zero, or beyond its unit's plausible bound. */
export type ValueWarningKind = 'negative' | 'implausible'

/** Rows with a doubtful value, grouped by indicator and kind: imported, but shown to the user. */
export interface ValueWarning {
  kind: ValueWarningKind
  indicator: string
  unit: string
  /** The plausible bound (for `implausible`). */
  bound: number | null
  count: number
  /** Where the first one is: 1-based line and column of the value cell, and the value as written. */
  firstLine: number
  column: number
  firstValue: string
}

/** Collects value warnings over the rows of one file. */
export function createValueWarnings(column: number) {
  const byKey = new Map<string, ValueWarning>()
  function note(row: TidyRow, line: number, text: string): void {
    const bound = plausibleMax(row.unit, findIndicator(row.indicator)?.unit)
    const kind: ValueWarningKind | null = row.value < 0
      ? 'negative'
      : bound !== null && row.value > bound ? 'implausible' : null
    if (kind === null)
      return
    const key = `${kind}\u0000${row.indicator}\u0000${row.unit}`
    const warning = byKey.get(key)
    if (warning)
      warning.count++
    else
      byKey.set(key, { kind, indicator: row.indicator, unit: row.unit, bound: kind === 'implausible' ? bound : null, count: 1, firstLine: line, column, firstValue: text })
  }
  return { note, list: (): ValueWarning[] => [...byKey.values()] }
}
