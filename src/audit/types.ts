import type { AgencyKind, Format } from '../schema/report'
import type { ReportPrints } from './similarity/prints'

/**
 * What the audit reads of one report: its metadata, the numbers it states
 * and, for 内容雷同, the prints of its sections 一, 五 and 六. Built from a
 * parsed report (CLI) or from the loaded dataset (app).
 */
export interface AuditReport {
  id: string
  region: string | null
  prefecture: string | null
  province: string | null
  agency: string | null
  agencyKind: AgencyKind | null
  year: number | null
  format: Format | null
  /** ISO date of publication, null where the document does not say. */
  published: string | null
  /** Stated values by indicator id (derived values are left out: the rules judge what the report says). */
  values: ReadonlyMap<string, number>
  /** Section prints for 内容雷同; absent where the text was not available. */
  prints?: ReportPrints
}
