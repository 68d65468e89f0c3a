import { z } from './zod'
import { CheckSchema } from './report'

/**
 * A cross-report result of the audit (spec §6): a check that concerns
 * several reports (or one report against the others), with the reports in
 * the order the rule reads them (last year's first).
 */
export const AuditResultSchema = CheckSchema.omit({ line: true }).extend({
  reports: z.array(z.string().min(1)).min(1),
  /** The figures the rule compared, in the order its message names them. */
  values: z.array(z.number()).optional(),
})
export type AuditResult = z.infer<typeof AuditResultSchema>

/** The `audit --json` output of spec §6: exactly the contract's keys. */
export const CliAuditResultSchema = AuditResultSchema.pick({ id: true, severity: true, message: true, reports: true, indicator: true, values: true })
export type CliAuditResult = z.infer<typeof CliAuditResultSchema>
