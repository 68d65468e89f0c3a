/**
 * Pass 5: checks across indicators (spec §5) and the derived values. Table
 * arithmetic (勾稽关系, row and column totals) is checked where the tables are
 * read; here: rates against their own counts, suspicious zeros, text vs table.
 */

import { makeCheck } from '../catalog/checks'
import type { AgencyKind, Check, LocatedObservation } from '../schema/report'

/** Points by which a stated rate may differ from its counts (rounding). */
const RATE_TOLERANCE = 0.5
/** Service-hall cases above which 0 licensing decisions is implausible. */
const BUSY_HALL_CASES = 1000

type Obs = LocatedObservation

function round2(x: number): number {
  return Math.round(x * 100) / 100
}

function byId(obs: readonly Obs[]): Map<string, Obs> {
  return new Map(obs.map(o => [o.indicator, o]))
}

/** hotline.completion_rate from its counts, where the text states the counts but not the rate. */
export function deriveRates(obs: readonly Obs[], checks: Check[]): Obs[] {
  const o = byId(obs)
  const received = o.get('hotline.received')
  const completed = o.get('hotline.completed')
  if (o.has('hotline.completion_rate') || !received || !completed || received.value <= 0)
    return []
  if (completed.value > received.value) {
    checks.push(makeCheck('rate.mismatch/exceeds', { completed: completed.value, received: received.value }, { indicator: 'hotline.completed', line: completed.location?.line }))
    return []
  }
  const evidence = [...new Set([received.evidence, completed.evidence])].join('\n')
  return [{
    indicator: 'hotline.completion_rate',
    value: round2((completed.value / received.value) * 100),
    unit: '%',
    approx: received.approx || completed.approx,
    source: 'derived',
    evidence,
    location: completed.location,
  }]
}

function checkRate(checks: Check[], rate: Obs | undefined, counts: Obs | undefined, denominators: (Obs | undefined)[]): void {
  if (!rate || !counts || rate.source === 'derived' || rate.approx || counts.approx)
    return
  const usable = denominators.filter((d): d is Obs => d !== undefined && d.value > 0 && !d.approx)
  if (usable.length === 0)
    return
  const implied = usable.map(d => (counts.value / d.value) * 100)
  if (implied.every(p => Math.abs(p - rate.value) > RATE_TOLERANCE)) {
    const shown = usable.map((d, i) => `${counts.value} / ${d.value} = ${round2(implied[i]!)}%`).join(' | ')
    checks.push(makeCheck('rate.mismatch', { indicator: rate.indicator, rate: rate.value, implied: shown }, { indicator: rate.indicator, line: rate.location?.line }))
  }
}

export function checkRates(obs: readonly Obs[], checks: Check[]): void {
  const o = byId(obs)
  const received = o.get('hotline.received')
  const completed = o.get('hotline.completed')
  checkRate(checks, o.get('hotline.completion_rate'), completed, [received])
  // 按时办结率 is taken against what was completed or, failing that, received.
  checkRate(checks, o.get('hotline.on_time_rate'), o.get('hotline.completed_on_time'), [completed, received])
}

export function checkSuspiciousZeros(obs: readonly Obs[], kind: AgencyKind | null, checks: Check[]): void {
  const o = byId(obs)
  const licensing = o.get('licensing.decisions')
  const cases = o.get('hall.cases')
  if (licensing?.value === 0 && cases && cases.value >= BUSY_HALL_CASES) {
    checks.push(makeCheck('value.suspicious_zero/licensing_hall', { cases: cases.value.toLocaleString('en-US') }, { indicator: 'licensing.decisions', line: licensing.location?.line }))
  }
  else if (licensing?.value === 0 && kind === 'approval-bureau') {
    checks.push(makeCheck('value.suspicious_zero/licensing_bureau', {}, { indicator: 'licensing.decisions', line: licensing.location?.line }))
  }
  const hotlineReceived = o.get('hotline.received')
  const hotlineCompleted = o.get('hotline.completed')
  if (hotlineCompleted?.value === 0 && hotlineReceived && hotlineReceived.value > 0)
    checks.push(makeCheck('value.suspicious_zero/hotline', { received: hotlineReceived.value }, { indicator: 'hotline.completed', line: hotlineCompleted.location?.line }))
}
