import type { AuditReport } from '../../src/audit/types'

/** An audit input with defaults: 2021 format, an approval bureau of 盐池县, no values. */
export function auditReport(id: string, fields: Partial<Omit<AuditReport, 'values'>> & { values?: Record<string, number> } = {}): AuditReport {
  const { values, ...rest } = fields
  return {
    id,
    region: '盐池县',
    prefecture: '吴忠市',
    province: '宁夏回族自治区',
    agency: '盐池县审批服务管理局',
    agencyKind: 'approval-bureau',
    year: 2023,
    format: '2021',
    published: null,
    ...rest,
    values: new Map(Object.entries(values ?? {})),
  }
}
