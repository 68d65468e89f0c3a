import type { ChartStrings } from './strings'
import { fill } from './strings'
import { yearBounds } from './years'

/** Characters Windows forbids in file names (/\:*?"<>|) and control characters. */
const UNSAFE_CHARS = /[\\/:*?"<>|\u0000-\u001F\u007F]/g
/** Runs of whitespace. */
const WHITESPACE = /\s+/g
/** Repeated or leading/trailing separators left after replacing. */
const SEPARATOR_RUNS = /_{2,}/g
const EDGE_SEPARATORS = /^[_\s.]+|[_\s.]+$/g
/** Device names Windows reserves whatever the extension (CON, NUL, COM1 …). */
const RESERVED_NAME = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i

/** Longest base name, in characters: leaves room for folder and extension under Windows' 260. */
const MAX_BASE_LENGTH = 100

/**
 * A file name base safe on Windows, macOS and Linux: forbidden characters
 * become "_", whitespace collapses, no trailing dot or space, not a
 * reserved device name, at most 100 characters (Chinese kept as is).
 */
export function safeFileName(name: string, maxLength = MAX_BASE_LENGTH): string {
  const cleaned = name
    .replace(UNSAFE_CHARS, '_')
    .replace(WHITESPACE, ' ')
    .replace(SEPARATOR_RUNS, '_')
    .replace(EDGE_SEPARATORS, '')
  // Array.from counts code points, so a cut never splits a surrogate pair.
  const cut = Array.from(cleaned).slice(0, maxLength).join('').replace(EDGE_SEPARATORS, '')
  if (!cut)
    return 'chart'
  return RESERVED_NAME.test(cut)
    ? `_${cut}`
    : cut
}

/** "2023", "2019-2023", or "" when no year is known. */
export function yearSpan(years: Iterable<number>): string {
  const bounds = yearBounds(years)
  if (!bounds)
    return ''
  const [lo, hi] = bounds
  return lo === hi
    ? String(lo)
    : `${lo}-${hi}`
}

/**
 * Which counties a file covers: up to three by name, then "盐池县等22个区县",
 * or "全部区县" when no county filter narrows the view.
 */
export function regionSpan(regions: readonly string[] | null, strings: Pick<ChartStrings, 'allRegions' | 'regionsMore'>): string {
  if (regions === null || regions.length === 0)
    return strings.allRegions
  if (regions.length <= 3)
    return regions.join('、')
  return fill(strings.regionsMore, { first: regions[0]!, n: regions.length })
}

export interface ChartFileNameParts {
  /** Translated indicator label. */
  indicatorLabel: string
  /** View or chart name, e.g. 区县对比. */
  view: string
  years: Iterable<number>
  /** Counties selected; null = no county filter. */
  regions: readonly string[] | null
  strings: Pick<ChartStrings, 'allRegions' | 'regionsMore'>
}

/** "行政许可 本年处理决定数量_区县对比_2021-2023_盐池县等5个区县": says what is inside. */
export function chartFileBase(parts: ChartFileNameParts): string {
  const pieces = [
    parts.indicatorLabel,
    parts.view,
    yearSpan(parts.years),
    regionSpan(parts.regions, parts.strings),
  ]
  return safeFileName(pieces.filter(Boolean).join('_'))
}

/** Adds " (2)", " (3)" … to names already taken, so a zip never overwrites an entry. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1
    seen.set(name, count)
    if (count === 1)
      return name
    const dot = name.lastIndexOf('.')
    return dot > 0
      ? `${name.slice(0, dot)} (${count})${name.slice(dot)}`
      : `${name} (${count})`
  })
}
