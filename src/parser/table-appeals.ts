/**
 * Section 四 (行政复议、行政诉讼): one row of 15 numbers — 行政复议, 行政诉讼
 * 未经复议直接起诉, 复议后起诉 — each as 结果维持, 结果纠正, 其他结果, 尚未审结,
 * 总计. Every 总计 is the sum of its four, which both checks the row and
 * settles readings when conversion added or lost a cell.
 */

import { makeCheck } from '../catalog/checks'
import type { ParsedTable } from '../schema/report'
import type { Cell } from './cells'
import type { Line } from './normalize'
import type { TableResult } from './table-types'
import { lineCells } from './cells'
import { readRuns } from './runs'
import { rowEvidence } from './table-types'

const WIDTH = 15
const GROUPS = [
  { name: '行政复议', offset: 0 },
  { name: '行政诉讼（未经复议直接起诉）', offset: 5 },
  { name: '行政诉讼（复议后起诉）', offset: 10 },
] as const
const PARTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']

/** The header that opens the table. */
const HEADER = /行政复议|行政诉讼|复议后起诉|未经复议/
/** The header's words, and what a run-together header is made of (`行政复议行政诉讼结果维持…总计`). */
const HEADER_WORDS = /行政复议|行政法?复议|行政诉讼|未经复议直接起诉|复议后起诉|结果维持|结果纠正|其他结果|尚未审结|总计|[()]/g

/** A label made only of header words, followed on its line by the row's numbers. */
function isHeaderRun(label: string): boolean {
  return HEADER.test(label) && label.replace(HEADER_WORDS, '') === ''
}

function groupsAddUp(v: readonly number[]): boolean {
  return GROUPS.every(({ offset: o }) => v[o]! + v[o + 1]! + v[o + 2]! + v[o + 3]! === v[o + 4])
}

/** Readings of `values` as 15 cells: as is, or with surplus 0 cells dropped, or one lost cell solved. */
function readings(values: readonly number[]): number[][] {
  const k = values.length
  if (k === WIDTH)
    return [[...values]]
  if (k === WIDTH + 1) {
    return values.flatMap((v, i) => (v === 0 ? [values.filter((_, j) => j !== i)] : []))
      .filter(groupsAddUp)
  }
  if (k === WIDTH - 1) {
    const out: number[][] = []
    for (let i = 0; i <= k; i++) {
      const row = [...values.slice(0, i), Number.NaN, ...values.slice(i)]
      const o = Math.floor(i / 5) * 5
      const part = i - o
      const known = [0, 1, 2, 3].filter(j => j !== part).reduce((s, j) => s + row[o + j]!, 0)
      row[i] = part === 4 ? known : row[o + 4]! - known
      if (row[i]! >= 0 && groupsAddUp(row))
        out.push(row)
    }
    return out
  }
  return []
}

export function parseAppealsTable(lines: readonly Line[]): TableResult {
  const result: TableResult = { values: [], checks: [], tables: [], found: false }
  let headerSeen = false
  const numbers: Cell[] = []
  for (const line of lines) {
    const cells = lineCells(line)
    if (cells.some(c => c.kind === 'label' && HEADER.test(c.text)))
      headerSeen = true
    // A data row is made of numbers only (blank padding aside), or of header words with the
    // numbers run on (crawler text); prose lines are skipped.
    if (headerSeen && cells.length > 0 && cells.every(c => c.kind !== 'label' || isHeaderRun(c.text)))
      numbers.push(...cells.filter(c => c.kind === 'number'))
  }
  if (!headerSeen || numbers.length === 0)
    return result
  result.found = true

  const values = numbers.map(c => c.value!)
  const rowLines = [...new Set(numbers.map(c => c.line))]
  // Cells run together (`10203120001200000`): the readings whose 总计 cells add up.
  const runTogether = numbers.length < WIDTH && numbers.some(c => c.run)
  const all = runTogether ? readRuns(numbers, WIDTH, groupsAddUp) ?? [] : readings(values)
  const first = all[0]
  const unanimous = first !== undefined && all.every(r => r.every((v, i) => v === first[i]))
  const v = values.length === WIDTH ? values : unanimous ? first : null

  const rowLine = rowLines[0]!
  if (runTogether) {
    const digits = numbers.map(c => c.text).join(' ')
    result.checks.push(v
      ? makeCheck('table.run_together/split', { section: '四', count: 1 })
      : makeCheck(all.length > 1 ? 'table.run_together/ambiguous' : 'table.run_together/unreadable', { section: '四', row: '件数', digits, readings: all.length, line: rowLine }, { line: rowLine }))
  }
  else if (values.length !== WIDTH) {
    const params = { section: '四', count: values.length, width: WIDTH, line: rowLine }
    result.checks.push(makeCheck(v ? 'table.shape/appeals_resolved' : 'table.shape/appeals_unresolved', params, { line: rowLine }))
  }
  if (!v)
    return result

  for (const { name, offset: o } of GROUPS) {
    const parts = v[o]! + v[o + 1]! + v[o + 2]! + v[o + 3]!
    if (parts !== v[o + 4]) {
      const indicator = o === 0 ? 'review.total' : 'litigation.total'
      result.checks.push(makeCheck(indicator, { name, total: v[o + 4]!, sum: parts }, { indicator, line: rowLines[0] }))
    }
  }

  const evidence = rowEvidence(lines, rowLines)
  const line = Math.min(...rowLines)
  const endLine = Math.max(...rowLines)
  const out = (indicator: string, value: number) => result.values.push({ indicator, value, unit: '件', evidence, line, endLine })
  out('review.total', v[4]!)
  out('review.corrected', v[1]!)
  out('litigation.total', v[9]! + v[14]!)
  out('litigation.corrected', v[6]! + v[11]!)

  const table: ParsedTable = {
    section: '四',
    caption: '四、政府信息公开行政复议、行政诉讼情况',
    columns: GROUPS.flatMap(g => PARTS.map(p => `${g.name} ${p}`)),
    rows: [{ label: '件数', cells: v, line }],
  }
  result.tables.push(table)
  return result
}
