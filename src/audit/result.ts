import type { CheckKey } from '../catalog/checks'
import type { CheckParams } from '../schema/report'
import type { AuditResult } from '../schema/audit'
import { makeCheck } from '../catalog/checks'

export interface ResultTarget {
  /** The indicator the result concerns. */
  indicator?: string
  /** The figures compared, in the order the message names them. */
  values?: number[]
}

/** A cross-report result from the check catalog (its severity and templates), concerning `reports` in reading order. */
export function auditResult(key: CheckKey, params: CheckParams, reports: readonly string[], target: ResultTarget = {}): AuditResult {
  const { line: _line, ...check } = makeCheck(key, params, target.indicator === undefined ? {} : { indicator: target.indicator })
  const result: AuditResult = { ...check, reports: [...reports] }
  if (target.values)
    result.values = target.values
  return result
}
