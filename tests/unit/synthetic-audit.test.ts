import { describe, expect, it } from 'vitest'
import { syntheticReports } from '../../scripts/lib/synthetic-dataset'
import { habitOf } from '../../scripts/lib/synthetic-prose'
import { agencyKey } from '../../src/audit/agency'
import { runAudit } from '../../src/audit/index'
import { auditInput } from '../../src/audit/input'
import { reportPrints } from '../../src/audit/similarity/report-prints'

/** What the synthetic generator plants for the audit (docs/audit.md), seen through the audit itself. */
const REPORTS = syntheticReports(1500, 7)
const RESULTS = runAudit(REPORTS.map(r => auditInput(r, reportPrints(r.text, { exact: true }))))
const count = (id: string, variant?: string) => RESULTS.filter(r => r.id === id && (variant === undefined || r.variant === variant)).length

function consecutivePairs(): number {
  const keys = new Set(REPORTS.map(r => `${agencyKey(r)}/${r.year}`))
  return REPORTS.filter(r => keys.has(`${agencyKey(r)}/${r.year! - 1}`)).length
}

describe('synthetic reports for the audit', () => {
  it('carry figures over from year to year, bar a few planted breaks', () => {
    const pairs = consecutivePairs()
    expect(pairs).toBeGreaterThan(300)
    expect(count('continuity.applications')).toBeGreaterThan(0)
    expect(count('continuity.applications')).toBeLessThan(pairs * 0.08)
    expect(count('continuity.normative_docs')).toBeLessThan(pairs * 0.08)
  })

  it('copy sections the ways reviewers meet: last year\'s with figures updated, word for word, another agency\'s', () => {
    expect(count('similarity.previous_year', 'numbers_changed')).toBeGreaterThan(10)
    expect(count('similarity.previous_year')).toBeGreaterThan(count('similarity.previous_year', 'numbers_changed'))
    expect(count('similarity.peer')).toBeGreaterThan(0)
    // Agencies that write afresh are not flagged against their own last year.
    for (const r of RESULTS.filter(r => r.id === 'similarity.previous_year')) {
      const [, county, , kind] = r.reports[1]!.split('-')
      const habit = habitOf(7, Number(county), ['gov', 'approval', 'center'].indexOf(kind!))
      expect(habit.habit, r.reports[1]).not.toBe('writes')
    }
  })

  it('are dated, a few after the deadline', () => {
    expect(REPORTS.every(r => r.published !== null && r.text.includes('日'))).toBe(true)
    expect(count('timeliness.late')).toBeGreaterThan(REPORTS.length * 0.03)
    expect(count('timeliness.late')).toBeLessThan(REPORTS.length * 0.15)
  })
})
