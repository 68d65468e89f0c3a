import { SOURCES } from './enums'
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
 * The columns as JSON.parse gives them: dictionaries and count checked by
 * Zod, the long columns checked here element by element while decoding
 * (Zod on a million-element array costs seconds, one loop milliseconds).
 */
export interface ColumnsInput {
  count: number
  indicators: readonly string[]
  units: readonly string[]
  reportOffsets: readonly unknown[]
  indicator: readonly unknown[]
  value: readonly unknown[]
  unit: readonly unknown[]
  approx: readonly unknown[]
  source: readonly unknown[]
}

function isIndex(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0
}

/**
 * Check every element and that the columns fit together, and copy them
 * into typed arrays in one pass. Throws a DataError naming the first
 * problem as "column.index: what is wrong".
 */
export function decodeColumns(columns: ColumnsInput, reportCount: number, file: string): DecodedColumns {
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
  const offsets = new Uint32Array(reportCount + 1)
  for (let r = 0; r <= reportCount; r++) {
    const v = columns.reportOffsets[r]
    if (!isIndex(v) || v > count)
      fail(`reportOffsets.${r}: expected an observation index from 0 to ${count}`)
    offsets[r] = v as number
  }
  if (offsets[0] !== 0 || offsets[reportCount] !== count)
    fail(`reportOffsets must start at 0 and end at ${count}`)
  for (let r = 0; r < reportCount; r++) {
    if (offsets[r]! > offsets[r + 1]!)
      fail(`reportOffsets decreases at report ${r}`)
  }
  const indicators = columns.indicators.length
  const units = columns.units.length
  if (indicators > 0xFFFF || units > 0xFFFF)
    fail('more than 65535 distinct indicators or units')
  const indicator = new Uint16Array(count)
  const value = new Float64Array(count)
  const unit = new Uint16Array(count)
  const approx = new Uint8Array(count)
  const source = new Uint8Array(count)
  const codeError = (name: string, i: number, v: unknown, size: number) =>
    fail(`${name}.${i}: ${isIndex(v)
      ? `refers to code ${v}, beyond the dictionary (${size} entries)`
      : 'expected a dictionary code (a non-negative integer)'}`)
  for (let i = 0; i < count; i++) {
    const ind = columns.indicator[i]
    if (!isIndex(ind) || ind >= indicators)
      codeError('indicator', i, ind, indicators)
    const v = columns.value[i]
    if (typeof v !== 'number' || !Number.isFinite(v))
      fail(`value.${i}: expected a finite number`)
    const u = columns.unit[i]
    if (!isIndex(u) || u >= units)
      codeError('unit', i, u, units)
    const a = columns.approx[i]
    if (a !== 0 && a !== 1)
      fail(`approx.${i}: expected 0 or 1`)
    const src = columns.source[i]
    if (!isIndex(src) || src >= SOURCES.length)
      fail(`source.${i}: expected 0 (table), 1 (text) or 2 (derived)`)
    indicator[i] = ind as number
    value[i] = v as number
    unit[i] = u as number
    approx[i] = a as number
    source[i] = src as number
  }
  return {
    count,
    indicators: columns.indicators,
    units: columns.units,
    reportOffsets: offsets,
    indicator,
    value,
    unit,
    approx,
    source,
  }
}
