/**
 * Report text → Report. Runs the passes in order: normalize, metadata,
 * sections, tables (二, 三, 四), narrative, checks. Pure and isomorphic (the
 * preparse CLI and the browser import run this same code). Never throws:
 * whatever it cannot find is null or absent, and a check says so.
 */

import { makeCheck } from '../catalog/checks'
import type { Check, LocatedObservation, Report, SourceFormat } from '../schema/report'
import type { Line } from './normalize'
import type { SectionKey } from './sections'
import type { TableResult } from './table-types'
import { indicatorOrder } from '../catalog/indicators'
import { isTableRow, markEmptyCells } from './cells'
import { checkRates, checkSuspiciousZeros, deriveRates } from './checks'
import { hashText } from './hash'
import { readMetadata } from './metadata'
import { readNarrative } from './narrative'
import { reflowRunTogether } from './reflow'
import { displayText, toLines } from './normalize'
import { findRepeats } from './repeats'
import { findSections, sectionRange } from './sections'
import { toSentences } from './sentences'
import { parseActiveTables } from './table-active'
import { parseAppealsTable } from './table-appeals'
import { parseRequestTable } from './table-requests'

export interface ParseOptions {
  /** File name, used only in messages. */
  file?: string
  /** What the text was extracted from (default `text`). */
  sourceFormat?: SourceFormat
}

/** Parser output: the Report plus the text as displayed (for evidence highlighting). */
export type ParsedReport = Report & { text: string }

const SECTION_NAMES: Record<'二' | '三' | '四', string> = {
  二: '二、主动公开政府信息情况',
  三: '三、收到和处理政府信息公开申请情况',
  四: '四、政府信息公开行政复议、行政诉讼情况',
}

function emptyReport(id: string, text: string, checks: Check[], sourceFormat: SourceFormat): ParsedReport {
  return { id, title: null, region: null, prefecture: null, province: null, agency: null, agencyKind: null, year: null, format: null, published: null, sourceFormat, observations: [], checks, tables: [], text }
}

/** The raw text with its BOM and line-end style removed: what the id hashes. */
function canonical(raw: string): string {
  return (raw.charCodeAt(0) === 0xFEFF ? raw.slice(1) : raw).replace(/\r\n?/g, '\n')
}

/** Character offset where 1-based line `n` of `raw` starts. */
function offsetOfLine(raw: string, n: number): number {
  let offset = 0
  for (let line = 1; line < n; line++) {
    const next = raw.indexOf('\n', offset)
    if (next < 0)
      return raw.length
    offset = next + 1
  }
  return offset
}

function tableObservations(result: TableResult): LocatedObservation[] {
  return result.values.map(v => ({
    indicator: v.indicator,
    value: v.value,
    unit: v.unit,
    approx: false,
    source: 'table' as const,
    evidence: v.evidence,
    location: { line: v.line, endLine: v.endLine },
  }))
}

function parse(raw: string, options: ParseOptions): ParsedReport {
  const sourceFormat = options.sourceFormat ?? 'text'
  const id = hashText(canonical(raw))
  // Crawler text with headings and table rows run together is cut into lines first.
  const lines = reflowRunTogether(toLines(raw))
  markEmptyCells(lines)
  const text = displayText(lines)
  if (text.trim() === '')
    return emptyReport(id, text, [makeCheck('input.empty')], sourceFormat)

  const repeats = findRepeats(lines)
  if (repeats && repeats.identical) {
    // The same report pasted again and again: read the first copy, and say so.
    const first = parse(raw.slice(0, offsetOfLine(raw, lines[repeats.secondStart]!.n)), options)
    return { ...first, checks: [makeCheck('input.repeated/copies', { count: repeats.count, lines: repeats.headings }), ...first.checks] }
  }
  if (repeats)
    return emptyReport(id, text, [makeCheck('input.repeated/reports', { count: repeats.count, lines: repeats.headings })], sourceFormat)

  const { meta, checks } = readMetadata(lines, text)
  const sections = findSections(lines)
  const range = (key: SectionKey) => {
    const r = sectionRange(sections, key, lines.length)
    return lines.slice(r.start, r.end)
  }
  const tables = {
    二: parseActiveTables(range('二'), meta.format),
    三: parseRequestTable(range('三'), meta.format),
    四: parseAppealsTable(range('四')),
  }

  for (const key of ['二', '三', '四'] as const) {
    checks.push(...tables[key].checks)
    if (!tables[key].found)
      checks.push(makeCheck(sections.has(key) ? 'section.missing/no_table' : 'section.missing/absent', { section: SECTION_NAMES[key] }))
  }

  // Prose = every non-table line outside the table sections whose headings were found.
  const tableLines = new Set<number>()
  for (const key of ['二', '三', '四'] as const) {
    const s = sections.get(key)
    if (s) {
      for (const l of lines.slice(s.start, s.end)) tableLines.add(l.n)
    }
  }
  const isProse = (line: Line) => line.norm.trim() !== '' && !tableLines.has(line.n) && !isTableRow(line)
  const narrative = readNarrative(toSentences(lines, isProse), { agency: meta.agency })
  checks.push(...narrative.checks)

  const observations: LocatedObservation[] = [
    ...tableObservations(tables.二),
    ...tableObservations(tables.三),
    ...tableObservations(tables.四),
  ]
  const fromTables = new Map(observations.map(o => [o.indicator, o]))
  for (const v of narrative.values) {
    const inTable = fromTables.get(v.indicator)
    if (inTable) {
      if (inTable.value !== v.value && !v.approx)
        checks.push(makeCheck('text.table_mismatch', { indicator: v.indicator, table: inTable.value, line: v.line, text: v.value }, { indicator: v.indicator, line: v.line }))
      continue
    }
    observations.push({
      indicator: v.indicator,
      value: v.value,
      unit: v.unit,
      approx: v.approx,
      source: v.summed ? 'derived' : 'text',
      evidence: v.evidence,
      location: { line: v.line, endLine: v.endLine },
    })
  }
  observations.push(...deriveRates(observations, checks))
  checkRates(observations, checks)
  checkSuspiciousZeros(observations, meta.agencyKind, checks)

  if (meta.title === null && observations.length === 0 && sections.size === 0)
    checks.unshift(makeCheck('input.not_report'))

  observations.sort((a, b) => indicatorOrder(a.indicator) - indicatorOrder(b.indicator))
  return { id, ...meta, sourceFormat, observations, checks, tables: [...tables.二.tables, ...tables.三.tables, ...tables.四.tables], text }
}

export function parseReport(raw: string, options: ParseOptions = {}): ParsedReport {
  try {
    return parse(raw, options)
  }
  catch (error) {
    // A parser bug must not lose the user's file: report it as a check.
    const message = error instanceof Error ? error.message : String(error)
    return emptyReport(hashText(canonical(raw)), raw, [makeCheck('parser.internal', { reason: message })], options.sourceFormat ?? 'text')
  }
}
