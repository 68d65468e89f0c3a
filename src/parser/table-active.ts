/**
 * Section 二 (主动公开政府信息情况): small tables under 第二十条第（一）（五）
 * （六）（八）（九）项. Column meaning comes from the header cells where the
 * conversion kept them, else from the format's prescribed columns.
 */

import { makeCheck } from '../catalog/checks'
import type { Format, ParsedTable } from '../schema/report'
import type { Cell } from './cells'
import type { Line } from './normalize'
import type { TableResult, TableValue } from './table-types'
import { lineCells, trimValues } from './cells'
import type { RowFit } from './rows'
import { fitRow } from './rows'
import { agree, readRuns } from './runs'
import { rowEvidence } from './table-types'

type Column = 'issued' | 'published' | 'abolished' | 'in_force' | 'decisions' | 'prev_items' | 'change' | 'fee_amount' | 'procurement_items' | 'procurement_amount'

/** 第二十条第（五）项 — the article item a sub-table belongs to. */
const ARTICLE_ITEM = /第二十条第\(?([一二三四五六七八九十]+)\)?项/
/** The header cell that opens each sub-table (a crawler may run the column words on). */
const INFO_CONTENT = /^信息内容/
/** Longest piece of a header cell wrapped over lines (`本年新` of `本年新制作数量`). */
const MAX_HEADER_FRAGMENT = 12

/** Header words → column meaning (both formats). */
const COLUMN_WORDS: readonly [RegExp, Column][] = [
  [/本年制发/, 'issued'],
  [/本年新制作/, 'issued'],
  [/本年新公开/, 'published'],
  [/本年废止/, 'abolished'],
  [/现行有效/, 'in_force'],
  [/对外公开总数/, 'in_force'],
  [/处理决定/, 'decisions'],
  [/上一年项目/, 'prev_items'],
  [/增\/?减|增减/, 'change'],
  [/收费金额/, 'fee_amount'],
  [/采购项目数/, 'procurement_items'],
  [/采购总金额/, 'procurement_amount'],
]

type RowKind = 'regulations' | 'normative_docs' | 'licensing' | 'penalty' | 'coercion' | 'fees' | 'other_services' | 'procurement'

/** Row labels (whitespace removed); truncated labels (`行政规范性`, `行政事业性`) happen. */
const ROW_LABELS: readonly [RegExp, RowKind][] = [
  [/^规章(?:\(件\))?$/, 'regulations'],
  [/^(?:行政)?规范性(?:文件)?(?:\(件\))?$/, 'normative_docs'],
  [/^行政许可(?:\(件\))?$/, 'licensing'],
  [/^行政处罚(?:\(件\))?$/, 'penalty'],
  [/^行政强制(?:\(件\))?$/, 'coercion'],
  [/^行政事业性(?:收费)?(?:\(万元\))?$/, 'fees'],
  [/^其他对外管理服务事项$/, 'other_services'],
  [/^政府集中采购$/, 'procurement'],
]

/** What the prescribed format puts in each sub-table when no header survived. */
const DEFAULT_COLUMNS: Record<Format, Partial<Record<RowKind, Column[]>>> = {
  2021: {
    regulations: ['issued', 'abolished', 'in_force'],
    normative_docs: ['issued', 'abolished', 'in_force'],
    licensing: ['decisions'],
    penalty: ['decisions'],
    coercion: ['decisions'],
    fees: ['fee_amount'],
  },
  2019: {
    regulations: ['issued', 'published', 'in_force'],
    normative_docs: ['issued', 'published', 'in_force'],
    licensing: ['prev_items', 'change', 'decisions'],
    other_services: ['prev_items', 'change', 'decisions'],
    penalty: ['prev_items', 'change', 'decisions'],
    coercion: ['prev_items', 'change', 'decisions'],
    fees: ['prev_items', 'change'],
    procurement: ['procurement_items', 'procurement_amount'],
  },
}

/** Which indicator each (row, column) feeds. */
const OUTPUTS: Partial<Record<RowKind, Partial<Record<Column, string>>>> = {
  regulations: { issued: 'regulations.issued', abolished: 'regulations.abolished', in_force: 'regulations.in_force' },
  normative_docs: { issued: 'normative_docs.issued', abolished: 'normative_docs.abolished', in_force: 'normative_docs.in_force' },
  licensing: { decisions: 'licensing.decisions' },
  penalty: { decisions: 'penalty.decisions' },
  coercion: { decisions: 'coercion.decisions' },
  fees: { fee_amount: 'fees.amount' },
}

const COLUMN_LABELS: Record<Column, string> = {
  issued: '本年制发/新制作',
  published: '本年新公开',
  abolished: '本年废止',
  in_force: '现行有效/对外公开总数',
  decisions: '处理决定数量',
  prev_items: '上一年项目数量',
  change: '本年增/减',
  fee_amount: '本年收费金额（万元）',
  procurement_items: '采购项目数量',
  procurement_amount: '采购总金额',
}

/** The columns a header cell names, in reading order (a crawler runs them together: `本年制发件数本年废止件数…`). */
function columnsIn(label: string): Column[] {
  const found: { at: number, col: Column }[] = []
  for (const [re, col] of COLUMN_WORDS) {
    const m = re.exec(label)
    if (m && !found.some(f => f.col === col))
      found.push({ at: m.index, col })
  }
  return found.sort((a, b) => a.at - b.at).map(f => f.col)
}

/** A note after a row label, as some provinces' 2019 forms print it: `规范性文件（指各行政机关印发的有正式文号的文件）`. */
const LABEL_NOTE = /\((?:指|含|包括|即)[^()]*\)$/

function rowOf(label: string): RowKind | null {
  const bare = label.replace(LABEL_NOTE, '')
  for (const [re, kind] of ROW_LABELS) {
    if (re.test(bare))
      return kind
  }
  return null
}

interface PendingRow { kind: RowKind, label: Cell, values: Cell[], header: Column[] | null }

/** Read the section 二 tables in `lines` (the section's range). */
export function parseActiveTables(lines: readonly Line[], format: Format | null): TableResult {
  const result: TableResult = { values: [], checks: [], tables: [], found: false }
  const rows: PendingRow[] = []
  let header: Column[] | null = null
  let inHeader = false
  let current: PendingRow | null = null

  // A header cell wrapped over lines (`本年新` ⏎ `制作数量`) is joined with the next.
  let fragment = ''
  for (const line of lines) {
    for (const cell of lineCells(line)) {
      if (cell.kind === 'label') {
        if (ARTICLE_ITEM.test(cell.text) || INFO_CONTENT.test(cell.text)) {
          current = null
          if (ARTICLE_ITEM.test(cell.text))
            header = null
          inHeader = INFO_CONTENT.test(cell.text)
          if (inHeader)
            header = columnsIn(cell.text)
          fragment = ''
          continue
        }
        const cols = inHeader ? columnsIn(fragment + cell.text) : []
        if (cols.length > 0) {
          header!.push(...cols)
          fragment = ''
          continue
        }
        const kind = rowOf(cell.text)
        if (inHeader && kind === null && fragment.length + cell.text.length <= MAX_HEADER_FRAGMENT) {
          fragment += cell.text
          continue
        }
        inHeader = false
        fragment = ''
        current = kind ? { kind, label: cell, values: [], header } : null
        if (current)
          rows.push(current)
        continue
      }
      if (current)
        current.values.push(cell)
    }
  }

  const byCaption = new Map<string, ParsedTable>()
  for (const row of rows) {
    const columns = row.header && row.header.length > 0 ? row.header : (format ? DEFAULT_COLUMNS[format][row.kind] : undefined)
    if (!columns)
      continue
    result.found = true
    const trimmed = trimValues(row.values, columns.length)
    const runs = trimmed.length < columns.length && trimmed.some(c => c.run) ? readRuns(trimmed, columns.length) ?? [] : null
    if (runs && !(runs.length === 1 || agree(runs))) {
      const line = row.label.line
      result.checks.push(makeCheck(runs.length > 1 ? 'table.run_together/ambiguous' : 'table.run_together/unreadable', { section: '二', row: row.label.text, digits: trimmed.map(c => c.text).join(' '), readings: runs.length, line }, { line }))
      continue
    }
    const fit: RowFit = runs ? { status: 'ok', values: runs[0]! } : fitRow(trimmed, columns.length)
    const line = row.label.line
    const evidenceLine = lines.find(l => l.n === line)
    const rowLines = [...new Set([line, ...fit.values.length > 0 ? row.values.map(v => v.line) : []])]
    if (fit.status === 'extra') {
      result.checks.push(makeCheck('table.shape/row_extra', { section: '二', row: row.label.text, count: fit.dropped, width: columns.length, line }, { line }))
    }
    else if (fit.status === 'short' || fit.status === 'ambiguous') {
      const n = fit.status === 'short' ? fit.lost.filter(l => !l).length : fit.count
      result.checks.push(makeCheck('table.shape/row_unplaced', { section: '二', row: row.label.text, count: n, width: columns.length, line }, { line }))
      continue
    }
    const caption = `二、${columns.map(c => COLUMN_LABELS[c]).join(' / ')}`
    const table = byCaption.get(caption) ?? { section: '二' as const, caption, columns: columns.map(c => COLUMN_LABELS[c]), rows: [] }
    byCaption.set(caption, table)
    table.rows.push({ label: evidenceLine ? evidenceLine.display.split('\t')[0]!.trim() : row.label.text, cells: fit.values, line })

    columns.forEach((col, i) => {
      const indicator = OUTPUTS[row.kind]?.[col]
      const value = fit.values[i]
      if (!indicator || value === null || value === undefined)
        return
      const v: TableValue = {
        indicator,
        value,
        unit: indicator === 'fees.amount' ? '万元' : '件',
        evidence: rowEvidence(lines, rowLines),
        line,
        endLine: Math.max(...rowLines),
      }
      result.values.push(v)
    })
  }
  result.tables.push(...byCaption.values())
  return result
}
