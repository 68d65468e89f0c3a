import type { ValueCell } from './types'
import { flagKey } from '../data/check-key'

/**
 * Mark the values a failed check concerns (the review store's `flagged`
 * set, docs/audit.md): a cell is flagged when the indicator is flagged in
 * any report behind it. The builders then draw ⚠ (labels, tooltips,
 * tables) and may leave flagged values out of medians. Rows without a flag
 * come back as they were.
 */
export function markFlagged<T extends ValueCell>(rows: readonly T[], flagged: ReadonlySet<string>, indicator: string): T[] {
  if (flagged.size === 0)
    return [...rows]
  return rows.map(r => r.value !== null && r.reportIds.some(id => flagged.has(flagKey(id, indicator))) ? { ...r, flagged: true } : r)
}

/** `markFlagged` over each line's points. */
export function markFlaggedSeries<T extends { points: readonly ValueCell[] }>(series: readonly T[], flagged: ReadonlySet<string>, indicator: string): T[] {
  if (flagged.size === 0)
    return [...series]
  return series.map(s => ({ ...s, points: markFlagged(s.points, flagged, indicator) }))
}

/** The mark put before a flagged value in labels and tables. */
export const FLAG_MARK = '⚠'

/** A value's label text with the mark in front when flagged. */
export function flagLabel(text: string, flagged: boolean | undefined): string {
  return flagged ? `${FLAG_MARK} ${text}` : text
}
