import type { Dataset } from './dataset'
import { SOURCES } from './enums'

const DERIVED = SOURCES.indexOf('derived')

/**
 * Where in a report a check points, as the report view's parameters
 * (data/query.ts): `line` for a check on a line of the text (a table row, a
 * sentence), else `obs` for the observation of its indicator (a stated one
 * before a derived one), which the report view marks in the text. Empty
 * when the check names neither, or the report does not state the indicator.
 */
export function checkTarget(ds: Dataset, report: number, check: { indicator?: string, line?: number }): Record<string, string> {
  if (check.line !== undefined)
    return { line: String(check.line) }
  if (check.indicator === undefined)
    return {}
  const id = ds.indicatorCode.get(check.indicator)
  if (id === undefined)
    return {}
  const from = ds.reportOffsets[report]!
  const to = ds.reportOffsets[report + 1]!
  let derived = -1
  for (let o = from; o < to; o++) {
    if (ds.obsIndicator[o] !== id)
      continue
    if (ds.obsSource[o] !== DERIVED)
      return { obs: String(o - from) }
    if (derived < 0)
      derived = o - from
  }
  return derived < 0 ? {} : { obs: String(derived) }
}
