import type { ReportMeta } from '../schema/report'
import type { ReportPrints } from './similarity/prints'

/** The report fields the audit reads. */
export const AUDIT_META_FIELDS = ['id', 'region', 'prefecture', 'province', 'agency', 'agencyKind', 'year', 'format', 'published'] as const
export type AuditMeta = Pick<ReportMeta, typeof AUDIT_META_FIELDS[number]>

/**
 * What the audit reads of one report: its metadata, the numbers it states
 * and, for 内容雷同, the prints of its sections 一, 五 and 六. Built from a
 * parsed report (CLI) or from the loaded dataset (app).
 */
export interface AuditReport extends AuditMeta {
  /** Stated values by indicator id (derived values are left out: the rules judge what the report says). */
  values: ReadonlyMap<string, number>
  /** Section prints for 内容雷同; absent where the text was not available. */
  prints?: ReportPrints
}
