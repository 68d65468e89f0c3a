/**
 * Section 三 (收到和处理政府信息公开申请情况): one table of 6 applicant
 * columns + 总计 × the prescribed rows. Rows are recognised by their words,
 * not their position, because conversion moves label cells around
 * (`其他处理 (六) 1. …`), splits them (`三、本 年度 办理 结果`) or puts every
 * cell on its own line. Cells lost in conversion are solved from the table's
 * own arithmetic where it determines them, and never guessed.
 */

import { makeCheck } from '../catalog/checks'
import type { Check, Format, ParsedTable } from '../schema/report'
import type { Cell } from './cells'
import type { Line } from './normalize'
import type { TableResult } from './table-types'
import { lineCells, trimValues } from './cells'
import type { RowFit } from './rows'
import { fitRow } from './rows'
import { rowEvidence } from './table-types'
import type { Category, GridRow, RowKey, Single } from './table-requests-grid'
import { CATEGORIES, SUB_COUNT } from './table-requests-grid'
import { agree, readRuns } from './runs'
import { settleRuns } from './table-requests-runs'
import { solveRequests } from './table-requests-solve'

/** Sub-rows by their words, which are unique across categories. */
const SUB_ROWS: readonly [RegExp, RowKey][] = [
  [/国家秘密/, 'denied.1'],
  [/禁止公开/, 'denied.2'],
  [/三安全一稳定/, 'denied.3'],
  [/第三方合法权益/, 'denied.4'],
  [/内部事务/, 'denied.5'],
  [/过程性信息/, 'denied.6'],
  [/行政执法案卷/, 'denied.7'],
  [/行政查询事项/, 'denied.8'],
  [/不掌握/, 'unavailable.1'],
  [/另行制作/, 'unavailable.2'],
  [/补正后/, 'unavailable.3'],
  [/信访举报投诉/, 'not_processed.1'],
  [/重复申请/, 'not_processed.2'],
  [/公开出版物/, 'not_processed.3'],
  [/大量反复/, 'not_processed.4'],
  [/确认或重新出具/, 'not_processed.5'],
  [/逾期不补正/, 'other.1'],
  [/收费通知|缴纳费用/, 'other.2'],
]

/** `3.其他` — the third 其他处理 sub-row (2021); bare `其他` in the header is an applicant column. */
const OTHER_SUB3 = /^(?:\d[.、])?其他$/
const ROWS: readonly [RegExp, RowKey][] = [
  [/本年新收/, 'new'],
  [/上年结转/, 'carried_in'],
  [/结转下年度/, 'carried_out'],
  [/予以公开/, 'granted'],
  [/部分公开/, 'partial'],
  [/不予公开/, 'denied'],
  [/无法提供/, 'unavailable'],
  [/不予处理/, 'not_processed'],
  [/其他处理/, 'other'],
  [/总计|合计/, 'closed'],
]
/** 三、本年度办理结果 — a group label without values of its own. */
const RESULTS_GROUP = /办理结果/
/** Longest label fragment kept to join with the next (a wrapped label's first part). */
const MAX_FRAGMENT = 60
/** A lone enumerator cell: `(六)`. */
const ENUMERATOR = /^\(?[一二三四五六七八]\)?[、.]?$/
/** Header cells. */
const HEADER_TOTAL = /总计|合计/
const APPLICANTS: readonly RegExp[] = [/自然人/, /商业企业/, /科研机构/, /社会(?:公益)?组织/, /法律服务机构/, /^其他$/]

export const APPLICANT_LABELS: Record<Format, string[]> = {
  2021: ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
  2019: ['自然人', '商业企业', '科研机构', '社会组织', '法律服务机构', '其他', '总计'],
}

export const ROW_LABELS: Record<string, string> = {
  new: '一、本年新收政府信息公开申请数量',
  carried_in: '二、上年结转政府信息公开申请数量',
  granted: '(一) 予以公开',
  partial: '(二) 部分公开',
  denied: '(三) 不予公开',
  unavailable: '(四) 无法提供',
  not_processed: '(五) 不予处理',
  other: '(六) 其他处理',
  closed: '(七) 总计',
  carried_out: '四、结转下年度继续办理',
}

type LabelClass = { row: RowKey } | { group: true } | { skip: true } | null

/** All of a pattern list as one alternation: one scan per label instead of one per pattern. */
function alternation(patterns: readonly (readonly [RegExp, RowKey])[]): (text: string) => RowKey | null {
  const combined = new RegExp(patterns.map(([re]) => `(${re.source})`).join('|'))
  return (text) => {
    const m = combined.exec(text)
    if (!m)
      return null
    const group = m.findIndex((g, i) => i > 0 && g !== undefined)
    return patterns[group - 1]![1]
  }
}
const matchSubRow = alternation(SUB_ROWS)
const matchRow = alternation(ROWS.filter(([, key]) => key !== 'closed'))
const CLOSED = ROWS.find(([, key]) => key === 'closed')![0]

function classify(text: string, inRows: boolean): LabelClass {
  const sub = matchSubRow(text)
  if (sub)
    return { row: sub }
  if (inRows && OTHER_SUB3.test(text))
    return { row: 'other.3' }
  const row = matchRow(text)
  if (row)
    return { row }
  if (inRows && CLOSED.test(text))
    return { row: 'closed' }
  if (RESULTS_GROUP.test(text))
    return { group: true }
  if (ENUMERATOR.test(text))
    return { skip: true }
  return null
}

export interface RawRow {
  key: RowKey
  /** Value cells after the row's labels (padding not yet trimmed). */
  values: Cell[]
  lines: Set<number>
}

/** Rows of the table in reading order, and what the header said. */
function readRows(lines: readonly Line[]): { rows: RawRow[], headerSeen: boolean, headerTotal: boolean, duplicates: string[] } {
  const rows: RawRow[] = []
  const seen = new Set<RowKey>()
  const duplicates: string[] = []
  let headerSeen = false
  // Header cells may be split over lines (`总` ⏎ `计`): their words are looked for in all of them together.
  let headerText = ''
  let inRows = false
  let current: RawRow | null = null
  // A label that matched no row: the first part of a label wrapped over lines (`2.其他法律行政法规禁` ⏎ `止公开`).
  let fragment = ''

  for (const line of lines) {
    let lineStarted = false
    for (const cell of lineCells(line)) {
      if (cell.kind !== 'label') {
        // Leading blanks of a line are layout, not the previous row's cells.
        if (current && (lineStarted || cell.kind === 'number')) {
          current.values.push(cell)
          current.lines.add(cell.line)
        }
        if (cell.kind === 'number')
          fragment = ''
        lineStarted ||= cell.kind === 'number'
        continue
      }
      lineStarted = true
      let cls = classify(cell.text, inRows)
      if (cls === null && inRows && fragment !== '')
        cls = classify(fragment + cell.text, true)
      if (cls === null) {
        if (!inRows) {
          headerSeen ||= APPLICANTS.some(re => re.test(cell.text)) || /申请人/.test(cell.text)
          headerText += cell.text
          continue
        }
        fragment = (fragment + cell.text).slice(-MAX_FRAGMENT)
        // The rest of a wrapped label (`不计` ⏎ `其他情形）`): the row it continues keeps its numbers to come.
        if (!current || current.values.some(v => v.kind === 'number'))
          current = null
        continue
      }
      fragment = ''
      if ('skip' in cls)
        continue
      inRows = true
      if ('group' in cls)
        continue
      if (seen.has(cls.row)) {
        // A label repeated without numbers before it (a stray line) yields to the real row.
        const earlier = rows.findIndex(r => r.key === cls.row)
        if (earlier >= 0 && !rows[earlier]!.values.some(v => v.kind === 'number')) {
          rows.splice(earlier, 1)
        }
        else {
          duplicates.push(cls.row)
          current = null
          continue
        }
      }
      seen.add(cls.row)
      current = { key: cls.row, values: [], lines: new Set([cell.line]) }
      rows.push(current)
    }
  }
  return { rows, headerSeen, headerTotal: HEADER_TOTAL.test(headerText), duplicates }
}

/**
 * Web-page (`|`) tables are rectangular: every row has the same number of
 * cells, label columns first (merged cells left empty). Their value cells are
 * then read by position, so a blank cell stays in its column as an absent
 * value. Returns null when the rows are not such a table.
 */
function pipeLayout(rows: readonly RawRow[], lines: readonly Line[], width: number): ((row: RawRow) => (number | null)[] | null) | null {
  const byNumber = new Map(lines.map(l => [l.n, l]))
  const cellsOf = (row: RawRow) => {
    // A group label beside its first sub-row (`| （三）不予公开 | 1.属于国家秘密 | 1 | …`) has no cells of its own.
    if (row.lines.size !== 1 || row.values.length === 0 || !row.values.every(v => v.pipe))
      return null
    const line = byNumber.get([...row.lines][0]!)
    return line ? lineCells(line) : null
  }
  const counts = new Map<number, number>()
  for (const row of rows) {
    const n = cellsOf(row)?.length
    if (n !== undefined)
      counts.set(n, (counts.get(n) ?? 0) + 1)
  }
  const [tableWidth, seen] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0]
  if (seen < rows.length / 2 || tableWidth <= width)
    return null
  return (row) => {
    const cells = cellsOf(row)
    if (!cells || cells.length !== tableWidth)
      return null
    const values = cells.slice(tableWidth - width)
    return values.every(c => c.kind !== 'label') ? values.map(c => c.value) : null
  }
}

function sum(xs: readonly (number | null)[]): number | null {
  let s = 0
  for (const x of xs) {
    if (x === null)
      return null
    s += x
  }
  return s
}

/** The digits of a row's run-together cells, as written: `640020470`, `20 0 00 0 121`. */
function runDigits(row: RawRow): string {
  return row.values.filter(v => v.kind === 'number').map(v => v.text).join(' ')
}

/**
 * Rows whose cells ran together and that the row alone did not settle: the
 * column arithmetic decides (`settleRuns`); those it cannot stay absent.
 * Returns the checks that say which were read and which not.
 */
function settleRunRows(grid: Map<RowKey, GridRow>, pending: ReadonlyMap<RowKey, number[][]>, rows: readonly RawRow[], unsplit: readonly RawRow[], split: number): Check[] {
  const checks: Check[] = []
  const settled = settleRuns(grid, pending)
  if (split + settled.size > 0)
    checks.push(makeCheck('table.run_together/split', { section: '三', count: split + settled.size }))
  for (const [key, values] of settled) {
    const row = grid.get(key)!
    row.cells = values.length === 7 ? [...values] : [...values, null]
    row.stated = row.cells.map(v => v !== null)
    row.inferred = row.cells.map(v => v === null)
    row.complete = values.length === 7
  }
  const open = [...rows.filter(r => pending.has(r.key) && !settled.has(r.key)), ...unsplit]
  for (const row of open) {
    const readings = pending.get(row.key)?.length ?? 0
    const line = Math.min(...row.lines)
    checks.push(makeCheck(readings > 1 ? 'table.run_together/ambiguous' : 'table.run_together/unreadable', { section: '三', row: rowLabel(row.key), digits: runDigits(row), readings, line }, { line }))
  }
  return checks
}

/** Read the section 三 table in `lines` (the section's range). */
export function parseRequestTable(lines: readonly Line[], format: Format | null): TableResult {
  const result: TableResult = { values: [], checks: [], tables: [], found: false }
  const { rows, headerSeen, headerTotal, duplicates } = readRows(lines)
  if (rows.length === 0 || !rows.some(r => r.values.some(v => v.kind === 'number')))
    return result
  result.found = true

  // Width: the header decides; without a header, the rows' usual length does.
  const lengths = rows.map(r => trimValues(r.values, 7).length)
  const hasTotal = headerSeen ? headerTotal : lengths.filter(n => n === 7).length >= lengths.filter(n => n === 6).length
  const width = hasTotal ? 6 + 1 : 6
  const consistent = (v: readonly (number | null)[]) => !hasTotal || v.length < 7 || sum(v.slice(0, 6)) === null || sum(v.slice(0, 6)) === v[6]

  const shape: Record<'extra' | 'short' | 'ambiguous', string[]> = { extra: [], short: [], ambiguous: [] }
  const grid = new Map<RowKey, GridRow>()
  const pipe = pipeLayout(rows, lines, width)
  // Rows whose cells ran together and that more than one reading fits: settled by the columns below.
  const pending = new Map<RowKey, number[][]>()
  const unsplit: RawRow[] = []
  let split = 0
  for (const row of rows) {
    const positional = pipe ? pipe(row) : null
    const trimmed = trimValues(row.values, width)
    let fit: RowFit
    if (positional) {
      fit = { status: 'ok', values: positional }
    }
    else if (trimmed.length < width && trimmed.some(c => c.run)) {
      const readings = readRuns(trimmed, width, consistent)
      if (readings && readings.length > 1 && agree(readings))
        readings.length = 1
      if (readings?.length === 1) {
        fit = { status: 'ok', values: readings[0]! }
        split++
      }
      else {
        if (readings && readings.length > 1)
          pending.set(row.key, readings)
        else
          unsplit.push(row)
        fit = { status: 'empty', values: Array.from<number | null>({ length: width }).fill(null) }
      }
    }
    else {
      fit = fitRow(trimmed, width, consistent)
    }
    const cells = hasTotal ? fit.values : [...fit.values, null]
    const inferred = cells.map(v => v === null)
    if (fit.status === 'extra' || fit.status === 'short' || fit.status === 'ambiguous')
      shape[fit.status].push(rowLabel(row.key))
    const kept = fit.status === 'ambiguous' ? cells.map(() => null) : cells
    grid.set(row.key, {
      key: row.key,
      cells: kept,
      inferred,
      stated: kept.map(v => v !== null),
      complete: hasTotal && (fit.status === 'ok' || fit.status === 'extra') && cells.every(v => v !== null),
      lines: [...row.lines].sort((a, b) => a - b),
      virtual: false,
    })
  }

  const runChecks = settleRunRows(grid, pending, rows, unsplit, split)
  const checks: Check[] = result.checks
  checks.push(...runChecks)
  if (duplicates.length > 0)
    checks.push(makeCheck('table.shape/duplicate_rows', { section: '三', rows: [...new Set(duplicates)].join(', ') }))
  if (shape.extra.length > 0)
    checks.push(makeCheck('table.shape/extra_cells', { section: '三', count: shape.extra.length, width, rows: shape.extra.join('; ') }))
  if (shape.short.length > 0)
    checks.push(makeCheck('table.shape/short_rows', { section: '三', count: shape.short.length, width, rows: shape.short.join('; ') }))
  if (shape.ambiguous.length > 0)
    checks.push(makeCheck('table.shape/ambiguous_rows', { section: '三', count: shape.ambiguous.length, rows: shape.ambiguous.join('; ') }))
  if (!hasTotal)
    checks.push(makeCheck('table.missing_total', { section: '三' }))

  const { contradictions } = solveRequests(grid, format)
  // Cells lost in conversion and now known (a missing 总计 column is reported on its own).
  const filled = [...grid.values()].filter(r => !r.virtual).reduce((n, r) => n + r.cells.filter((v, i) => v !== null && r.inferred[i] && (hasTotal || i < 6)).length, 0)
  if (filled > 0)
    checks.push(makeCheck('table.inferred', { section: '三', count: filled }))
  for (const c of contradictions)
    checks.push(makeCheck('table.shape/contradiction', { section: '三', known: c.known, total: c.total }))

  emitValues(result, grid, lines)
  checkArithmetic(result.checks, grid)
  result.tables.push(toParsedTable(grid, format))
  return result
}

const OUTPUT_IDS: Record<Single | Category, string> = {
  new: 'applications.new',
  carried_in: 'applications.carried_in',
  granted: 'applications.granted',
  partial: 'applications.partially_granted',
  denied: 'applications.denied',
  unavailable: 'applications.unavailable',
  not_processed: 'applications.not_processed',
  other: 'applications.other',
  closed: 'applications.closed',
  carried_out: 'applications.carried_out',
}

/** Rows whose 总计 make up a category: its own row if it has numbers, else its sub-rows. */
export function categoryRows(grid: ReadonlyMap<RowKey, GridRow>, category: Category): GridRow[] {
  const own = grid.get(category)
  if (own && !own.virtual && own.cells.some(v => v !== null))
    return [own]
  // Its sub-rows add up to it only when all of them are there (a table cut short lacks some).
  const subs: GridRow[] = []
  for (let i = 1; i <= SUB_COUNT[category]; i++) {
    const r = grid.get(`${category}.${i}`)
    if (r)
      subs.push(r)
  }
  return subs.length === SUB_COUNT[category] ? subs : []
}

/**
 * A row's 总计 as a figure the report states: read from the text, or the
 * sum of its own stated (or forced-0) cells when the 总计 column was lost. A total solved from other rows is shown in the parsed
 * table but not published as a figure: the reader could not find it.
 */
function publishedTotal(row: GridRow): number | null {
  const total = row.cells[6] ?? null
  if (total === null || !row.stated.some(Boolean))
    return null
  if (row.stated[6])
    return total
  const own = row.cells.slice(0, 6)
  const fromOwnCells = own.every((v, i) => v !== null && (row.stated[i] || v === 0))
  return fromOwnCells && sum(own) === total ? total : null
}

function emitValues(result: TableResult, grid: ReadonlyMap<RowKey, GridRow>, lines: readonly Line[]): void {
  for (const key of Object.keys(OUTPUT_IDS) as (Single | Category)[]) {
    const rows = (CATEGORIES as readonly string[]).includes(key) ? categoryRows(grid, key as Category) : [grid.get(key)].filter((r): r is GridRow => r !== undefined)
    if (rows.length === 0 || rows.every(r => r.virtual || !r.stated.some(Boolean)))
      continue
    // Sub-rows the text lacks, or gives with every cell empty, count only where the table forces them to 0.
    const total = sum(rows.map(r => (r.virtual || !r.stated.some(Boolean) ? (r.cells[6] === 0 ? 0 : null) : publishedTotal(r))))
    if (total === null)
      continue
    const lineNumbers = rows.flatMap(r => r.lines)
    result.values.push({
      indicator: OUTPUT_IDS[key],
      value: total,
      unit: '件',
      evidence: rowEvidence(lines, lineNumbers),
      line: Math.min(...lineNumbers),
      endLine: Math.max(...lineNumbers),
    })
  }
}

function checkArithmetic(checks: Check[], grid: ReadonlyMap<RowKey, GridRow>): void {
  for (const row of grid.values()) {
    if (!row.complete)
      continue
    const applicants = sum(row.cells.slice(0, 6))
    if (applicants !== null && applicants !== row.cells[6])
      checks.push(makeCheck('applications.row_total', { row: rowLabel(row.key), total: row.cells[6] ?? '', sum: applicants }, { line: row.lines[0] }))
  }
  const total = (key: RowKey) => grid.get(key)?.cells[6] ?? null
  const closed = total('closed')
  const parts = ['granted', 'partial', ...CATEGORIES].map(k =>
    (CATEGORIES as readonly string[]).includes(k) ? sum(categoryRows(grid, k as Category).map(r => r.cells[6] ?? null)) : total(k as RowKey))
  const partsSum = parts.every(p => p !== null) && parts.length > 0 ? sum(parts) : null
  if (closed !== null && partsSum !== null && closed !== partsSum)
    checks.push(makeCheck('applications.closed_total', { total: closed, sum: partsSum }, { indicator: 'applications.closed', line: grid.get('closed')?.lines[0] }))
  const [n, ci, co] = [total('new'), total('carried_in'), total('carried_out')]
  if (n !== null && ci !== null && closed !== null && co !== null && n + ci !== closed + co)
    checks.push(makeCheck('applications.balance', { new: n, carriedIn: ci, left: n + ci, closed, carriedOut: co, right: closed + co }, { indicator: 'applications.new', line: grid.get('new')?.lines[0] }))
}

const TABLE_ORDER: readonly RowKey[] = [
  'new',
  'carried_in',
  'granted',
  'partial',
  'denied',
  ...Array.from({ length: 8 }, (_, i) => `denied.${i + 1}` as RowKey),
  'unavailable',
  ...Array.from({ length: 3 }, (_, i) => `unavailable.${i + 1}` as RowKey),
  'not_processed',
  ...Array.from({ length: 5 }, (_, i) => `not_processed.${i + 1}` as RowKey),
  'other',
  ...Array.from({ length: 3 }, (_, i) => `other.${i + 1}` as RowKey),
  'closed',
  'carried_out',
]

/** `(三) 不予公开 1.` — a readable name for a row key. */
export function rowLabel(key: RowKey): string {
  const [cat, sub] = key.split('.')
  return sub ? `${ROW_LABELS[cat!]} ${sub}` : ROW_LABELS[key] ?? key
}

function toParsedTable(grid: ReadonlyMap<RowKey, GridRow>, format: Format | null): ParsedTable {
  return {
    section: '三',
    caption: '三、收到和处理政府信息公开申请情况',
    columns: APPLICANT_LABELS[format ?? '2021'],
    rows: TABLE_ORDER.flatMap((key) => {
      const r = grid.get(key)
      if (!r || r.virtual)
        return []
      return [{ label: rowLabel(key), cells: r.cells, inferred: r.inferred.map((inf, i) => inf && r.cells[i] !== null), line: r.lines[0] ?? null }]
    }),
  }
}
