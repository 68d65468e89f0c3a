import type { ObservationColumns } from '../schema/snapshot'
import { SOURCES } from '../schema/report'
import { DataError } from './errors'

/**
 * Observation columns as typed arrays: a million observations are six flat
 * buffers, not a million objects (and nothing here is ever made reactive).
 */
export interface DecodedColumns {
  readonly count: number
  readonly indicators: readonly string[]
  readonly units: readonly string[]
  /** Observations of report r are [reportOffsets[r], reportOffsets[r + 1]). */
  readonly reportOffsets: Uint32Array
  readonly indicator: Uint16Array
  readonly value: Float64Array
  readonly unit: Uint16Array
  readonly approx: Uint8Array
  readonly source: Uint8Array
}

/**
 * Check the columns fit together (Zod checked each column's element type) and
 * copy them into typed arrays. Throws a DataError naming the first problem.
 */
export function decodeColumns(columns: ObservationColumns, reportCount: number, file: string): DecodedColumns {
  const { count } = columns
  const fail = (detail: string): never => {
    throw new DataError(file, detail)
  }
  for (const name of [
    'indicator',
    'value',
    'unit',
    'approx',
    'source',
  ] as const) {
    if (columns[name].length !== count)
      fail(`column "${name}" has ${columns[name].length} entries but count is ${count}`)
  }
  if (columns.reportOffsets.length !== reportCount + 1)
    fail(`reportOffsets has ${columns.reportOffsets.length} entries, expected ${reportCount + 1} (reports + 1)`)
  const offsets = Uint32Array.from(columns.reportOffsets)
  if (offsets[0] !== 0 || offsets[reportCount] !== count)
    fail(`reportOffsets must start at 0 and end at ${count}`)
  for (let r = 0; r < reportCount; r++) {
    if (offsets[r]! > offsets[r + 1]!)
      fail(`reportOffsets decreases at report ${r}`)
  }
  if (columns.indicators.length > 0xFFFF || columns.units.length > 0xFFFF)
    fail('more than 65535 distinct indicators or units')
  const indicator = Uint16Array.from(columns.indicator)
  const unit = Uint16Array.from(columns.unit)
  for (let i = 0; i < count; i++) {
    if (indicator[i]! >= columns.indicators.length)
      fail(`observation ${i} refers to indicator code ${indicator[i]}, beyond the dictionary`)
    if (unit[i]! >= columns.units.length)
      fail(`observation ${i} refers to unit code ${unit[i]}, beyond the dictionary`)
  }
  const value = Float64Array.from(columns.value)
  for (let i = 0; i < count; i++) {
    if (!Number.isFinite(value[i]))
      fail(`observation ${i} has a value that is not a finite number`)
  }
  return {
    count,
    indicators: columns.indicators,
    units: columns.units,
    reportOffsets: offsets,
    indicator,
    value,
    unit,
    approx: Uint8Array.from(columns.approx),
    source: Uint8Array.from(columns.source, s => Math.min(s, SOURCES.length - 1)),
  }
}
