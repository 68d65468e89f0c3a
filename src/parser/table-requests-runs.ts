/**
 * Section 三 rows whose cells ran together (`（四）…1.本机关不掌握相关政府信息220000325`)
 * and that their own 总计 does not settle (22 0 0 0 0 3 25 and 2 20 0 0 0 3
 * 25 both add up). The table's column arithmetic decides between the
 * readings: each applicant column's (七) 总计 is the sum of the result rows,
 * and (the table's stated 勾稽关系, which holds for every column) 一 + 二 =
 * (七) + 四. A row is read only when every combination of readings that
 * keeps the checkable columns true gives it the same numbers.
 */

import type { Category, GridRow, RowKey } from './table-requests-grid'
import { CATEGORIES, SUB_COUNT } from './table-requests-grid'

/** Most combinations of readings tried before giving up (the rows stay absent). */
const MAX_COMBINATIONS = 20000

type Cells = readonly (number | null)[]

/** The result rows whose columns add up to (七), by key; null where the table lacks one. */
function leafKeys(has: (key: RowKey) => boolean): RowKey[] | null {
  const keys: RowKey[] = ['granted', 'partial']
  for (const cat of CATEGORIES) {
    if (has(cat)) {
      keys.push(cat)
      continue
    }
    const subs = Array.from({ length: SUB_COUNT[cat as Category] }, (_, i) => `${cat}.${i + 1}` as RowKey).filter(has)
    if (subs.length === 0)
      return null
    keys.push(...subs)
  }
  return keys
}

function holds(cellsOf: (key: RowKey) => Cells | undefined, leaves: readonly RowKey[] | null): boolean {
  for (let col = 0; col < 7; col++) {
    const closed = cellsOf('closed')?.[col] ?? null
    if (leaves && closed !== null) {
      let s = 0
      let known = true
      for (const k of leaves) {
        const v = cellsOf(k)?.[col] ?? null
        if (v === null) {
          known = false
          break
        }
        s += v
      }
      if (known && s !== closed)
        return false
    }
    const [n, ci, co] = (['new', 'carried_in', 'carried_out'] as const).map(k => cellsOf(k)?.[col] ?? null)
    if (n != null && ci != null && co != null && closed !== null && n + ci !== closed + co)
      return false
  }
  return true
}

/**
 * The readings of `pending` rows that the column arithmetic settles. Rows
 * left out of the result stay absent.
 */
export function settleRuns(grid: ReadonlyMap<RowKey, GridRow>, pending: ReadonlyMap<RowKey, readonly (readonly number[])[]>): Map<RowKey, number[]> {
  const settled = new Map<RowKey, number[]>()
  const keys = [...pending.keys()]
  const sizes = keys.map(k => pending.get(k)!.length)
  const combinations = sizes.reduce((p, s) => p * s, 1)
  if (keys.length === 0 || combinations > MAX_COMBINATIONS)
    return settled
  const leaves = leafKeys(k => grid.has(k) || pending.has(k))
  const choice = Array.from<number>({ length: keys.length }).fill(0)
  const chosen = new Map<RowKey, Cells>()
  const cellsOf = (k: RowKey) => chosen.get(k) ?? grid.get(k)?.cells
  const survivors: number[][] = []
  for (let c = 0; c < combinations; c++) {
    let rest = c
    keys.forEach((k, i) => {
      choice[i] = rest % sizes[i]!
      rest = Math.floor(rest / sizes[i]!)
      chosen.set(k, pending.get(k)![choice[i]!]!)
    })
    if (holds(cellsOf, leaves))
      survivors.push([...choice])
  }
  keys.forEach((k, i) => {
    const picks = new Set(survivors.map(s => s[i]))
    if (survivors.length > 0 && picks.size === 1)
      settled.set(k, [...pending.get(k)![[...picks][0]!]!])
  })
  return settled
}
