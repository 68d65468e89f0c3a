/**
 * Filling the section 三 cells that conversion lost, from the table's own
 * arithmetic: every row's 总计 is the sum of its applicant columns, and every
 * column's (七) 总计 is the sum of the result rows (一)…(六). An equation with
 * one unknown cell determines it; an equation whose known cells already add
 * up forces its unknown cells to 0 (counts are never negative). Anything else
 * stays unknown, so no number is ever guessed.
 */

import type { Format } from '../schema/report'
import type { Category, GridRow, RowKey } from './table-requests-grid'
import { CATEGORIES, SUB_COUNT } from './table-requests-grid'

interface Ref { row: GridRow, col: number }
interface Equation { total: Ref, parts: Ref[] }

function get(r: Ref): number | null {
  return r.row.cells[r.col] ?? null
}

function set(r: Ref, v: number): void {
  r.row.cells[r.col] = v
}

function virtualRow(key: RowKey): GridRow {
  return { key, cells: Array.from<number | null>({ length: 7 }).fill(null), inferred: Array.from<boolean>({ length: 7 }).fill(true), stated: Array.from<boolean>({ length: 7 }).fill(false), complete: false, lines: [], virtual: true }
}

/** The result rows whose columns add up to (七) 总计, adding virtual rows for missing ones. */
function leafRows(grid: Map<RowKey, GridRow>, format: Format | null): GridRow[] {
  const ensure = (key: RowKey) => {
    let r = grid.get(key)
    if (!r) {
      r = virtualRow(key)
      grid.set(key, r)
    }
    return r
  }
  const leaves: GridRow[] = [ensure('granted'), ensure('partial')]
  for (const cat of CATEGORIES) {
    const own = grid.get(cat)
    const subCount = cat === 'other' && (format === '2019' || (format === null && !grid.has('other.1') && !grid.has('other.2') && !grid.has('other.3'))) ? 0 : SUB_COUNT[cat as Category]
    const hasSubs = Array.from({ length: subCount }, (_, i) => grid.has(`${cat}.${i + 1}`)).some(Boolean)
    if ((own && own.cells.some(v => v !== null)) || subCount === 0 || !hasSubs) {
      leaves.push(ensure(cat))
      continue
    }
    for (let i = 1; i <= subCount; i++)
      leaves.push(ensure(`${cat}.${i}`))
  }
  return leaves
}

function equations(grid: Map<RowKey, GridRow>, format: Format | null): Equation[] {
  const eqs: Equation[] = []
  const closed = grid.get('closed')
  const leaves = closed ? leafRows(grid, format) : []
  for (const row of grid.values())
    eqs.push({ total: { row, col: 6 }, parts: [0, 1, 2, 3, 4, 5].map(col => ({ row, col })) })
  if (closed) {
    for (let col = 0; col < 7; col++)
      eqs.push({ total: { row: closed, col }, parts: leaves.map(row => ({ row, col })) })
  }
  return eqs
}

/** Known cells that already exceed their 总计: the lost cells there stay absent. */
export interface Contradiction { known: number, total: number }

export function solveRequests(grid: Map<RowKey, GridRow>, format: Format | null): { filled: number, contradictions: Contradiction[] } {
  const eqs = equations(grid, format)
  const contradictions = new Map<string, Contradiction>()
  let filled = 0
  let changed = true
  while (changed) {
    changed = false
    for (const eq of eqs) {
      const total = get(eq.total)
      const unknownParts = eq.parts.filter(p => get(p) === null)
      const knownSum = eq.parts.reduce((s, p) => s + (get(p) ?? 0), 0)
      if (total === null) {
        if (unknownParts.length === 0) {
          set(eq.total, knownSum)
          filled++
          changed = true
        }
        continue
      }
      if (unknownParts.length === 0)
        continue
      const rest = total - knownSum
      if (rest < 0) {
        contradictions.set(`${knownSum}>${total}`, { known: knownSum, total })
        continue
      }
      if (unknownParts.length === 1 || rest === 0) {
        for (const p of unknownParts)
          set(p, unknownParts.length === 1 ? rest : 0)
        filled += unknownParts.length
        changed = true
      }
    }
  }
  return { filled, contradictions: [...contradictions.values()] }
}
