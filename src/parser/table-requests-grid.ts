/**
 * The section 三 grid shared by the reader (`table-requests.ts`) and the
 * solver (`table-requests-solve.ts`): row keys, result categories and the
 * cell grid, so neither file imports the other's logic for its types.
 */

export const CATEGORIES = ['denied', 'unavailable', 'not_processed', 'other'] as const
export type Category = (typeof CATEGORIES)[number]
export const SUB_COUNT: Record<Category, number> = { denied: 8, unavailable: 3, not_processed: 5, other: 3 }
export type Single = 'new' | 'carried_in' | 'granted' | 'partial' | 'closed' | 'carried_out'
export type RowKey = Single | Category | `${Category}.${number}`

/** The cell grid: 6 applicant columns + 总计, null = unknown. */
export interface GridRow {
  key: RowKey
  cells: (number | null)[]
  /** Cells the conversion lost (or blank) that the solver may fill. */
  inferred: boolean[]
  /** Cells read from the text (the rest are unknown or inferred). */
  stated: boolean[]
  /** Whether the row's cells were read in full (row-total check applies). */
  complete: boolean
  lines: number[]
  /** Virtual rows stand for rows the text lacks; they feed the solver only. */
  virtual: boolean
}
