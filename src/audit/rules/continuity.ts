import type { AuditResult } from '../../schema/audit'
import type { AgencySeries } from '../agency'
import type { AuditReport } from '../types'
import { yearPairs } from '../agency'
import { auditResult } from '../result'

/**
 * Numbers one year's report carries over from the last (spec §6): what the
 * agency carried into this year must be what it said last year it would
 * carry; what is in force must be last year's stock plus this year's
 * issued minus abolished. Only stated numbers are compared: an absent one
 * is not 0, so a pair missing any of them gives nothing.
 */

/** 二 上年结转 (Y) against 四 结转下年度继续办理 (Y−1). */
export function checkApplicationCarryOver(previous: AuditReport, current: AuditReport): AuditResult | null {
  const carriedOut = previous.values.get('applications.carried_out')
  const carriedIn = current.values.get('applications.carried_in')
  if (carriedOut === undefined || carriedIn === undefined || carriedOut === carriedIn)
    return null
  return auditResult('continuity.applications', {
    agency: current.agency ?? '',
    year: current.year!,
    prevYear: previous.year!,
    carriedIn,
    carriedOut,
  }, [previous.id, current.id], { indicator: 'applications.carried_in', values: [carriedOut, carriedIn] })
}

/** The document stocks of section 二 (2021 format: 本年制发 / 本年废止 / 现行有效). */
const STOCKS = [
  { key: 'continuity.regulations', prefix: 'regulations' },
  { key: 'continuity.normative_docs', prefix: 'normative_docs' },
] as const

/**
 * 现行有效 (Y) = 现行有效 (Y−1) + 本年制发 (Y) − 本年废止 (Y), both reports in
 * the 2021 format (the 2019 format's 对外公开总数量 is not a stock in force).
 */
export function checkStocks(previous: AuditReport, current: AuditReport): AuditResult[] {
  if (previous.format !== '2021' || current.format !== '2021')
    return []
  const results: AuditResult[] = []
  for (const { key, prefix } of STOCKS) {
    const prevInForce = previous.values.get(`${prefix}.in_force`)
    const issued = current.values.get(`${prefix}.issued`)
    const abolished = current.values.get(`${prefix}.abolished`)
    const inForce = current.values.get(`${prefix}.in_force`)
    if (prevInForce === undefined || issued === undefined || abolished === undefined || inForce === undefined)
      continue
    const expected = prevInForce + issued - abolished
    if (expected === inForce)
      continue
    results.push(auditResult(key, {
      agency: current.agency ?? '',
      year: current.year!,
      prevYear: previous.year!,
      inForce,
      prevInForce,
      issued,
      abolished,
      expected,
    }, [previous.id, current.id], { indicator: `${prefix}.in_force`, values: [prevInForce, issued, abolished, inForce] }))
  }
  return results
}

/** Every continuity result of one agency's consecutive years. */
export function checkContinuity(series: AgencySeries): AuditResult[] {
  const results: AuditResult[] = []
  for (const [previous, current] of yearPairs(series)) {
    const carry = checkApplicationCarryOver(previous, current)
    if (carry)
      results.push(carry)
    results.push(...checkStocks(previous, current))
  }
  return results
}
