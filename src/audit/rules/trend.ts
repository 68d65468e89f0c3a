import type { AuditResult } from '../../schema/audit'
import type { AgencySeries } from '../agency'
import type { Band } from '../robust'
import type { AuditReport } from '../types'
import { findIndicator } from '../../catalog/indicators'
import { yearPairs } from '../agency'
import { auditResult } from '../result'
import { outside, robustBand } from '../robust'

/**
 * trend.jump (spec §6): an indicator moves from Y−1 to Y far beyond what
 * other agencies' moves that year and the agency's own past moves make
 * ordinary. A move is the log-ratio ln((v_Y + 1) / (v_{Y−1} + 1)) for counts
 * (so doubling is the same move at 10 and at 10,000; +1 keeps zeros) and
 * the difference in points for rates (%). The band is median ± K · σ̂ with
 * σ̂ = max(1.4826 · MAD, floor):
 *  - against peers: the moves of every agency stating the indicator in both
 *    years (at least MIN_PEERS others); if the agency has MIN_HISTORY moves
 *    of its own in other years, the move must also leave that band, so an
 *    agency whose figures always swing is not flagged for swinging;
 *  - with too few peers, against its own history alone (MIN_HISTORY moves).
 * A move smaller than MIN_CHANGE in absolute terms is never flagged.
 */
export const TREND = {
  /** Band half-width in robust σ: 4σ is rare (6 in 100,000) for normal noise. */
  k: 4,
  /** σ̂ floor of a count's log-ratio: without it a flat peer group flags any move; with K = 4 the band is at least ×0.37–×2.7 around the median. */
  logFloor: 0.25,
  /** σ̂ floor of a rate, in points: the band is at least ±8 points. */
  rateFloor: 2,
  minPeers: 8,
  minHistory: 3,
  /** Smallest absolute change flagged: 10 units of a count, 5 points of a rate. */
  minCountChange: 10,
  minRateChange: 5,
} as const

interface Move {
  key: string
  indicator: string
  previous: AuditReport
  current: AuditReport
  from: number
  to: number
  d: number
}

function isRate(indicator: string): boolean {
  return findIndicator(indicator)?.unit === '%'
}

function move(indicator: string, from: number, to: number): number {
  return isRate(indicator) ? to - from : Math.log((to + 1) / (from + 1))
}

/** Three significant digits: ×0.452, ×2.2, ×51. */
function factor(d: number): string {
  return `×${Number(Math.exp(d).toPrecision(3))}`
}

function points(d: number): string {
  const r = Math.round(d * 10) / 10
  return r > 0 ? `+${r}` : String(r)
}

/** Every agency's year-to-year moves, by indicator and year. */
function collectMoves(groups: ReadonlyMap<string, AgencySeries>): Move[] {
  const moves: Move[] = []
  for (const [key, series] of groups) {
    for (const [previous, current] of yearPairs(series)) {
      for (const [indicator, to] of current.values) {
        const from = previous.values.get(indicator)
        if (from !== undefined && from >= 0 && to >= 0)
          moves.push({ key, indicator, previous, current, from, to, d: move(indicator, from, to) })
      }
    }
  }
  return moves
}

function groupBy<T>(items: readonly T[], keyOf: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const item of items) {
    const k = keyOf(item)
    const list = out.get(k)
    if (list)
      list.push(item)
    else
      out.set(k, [item])
  }
  return out
}

function bandOf(moves: readonly Move[], indicator: string, min: number): Band | null {
  return robustBand(moves.map(m => m.d), TREND.k, isRate(indicator) ? TREND.rateFloor : TREND.logFloor, min)
}

/** trend.jump over every agency's consecutive years. */
export function checkTrends(groups: ReadonlyMap<string, AgencySeries>): AuditResult[] {
  const moves = collectMoves(groups)
  // The agency is among its own peers: a median and a MAD hardly move with one value more.
  const byYear = groupBy(moves, m => `${m.indicator}\u0000${m.current.year}`)
  const byAgency = groupBy(moves, m => `${m.indicator}\u0000${m.key}`)
  const peerBands = new Map<string, Band | null>()
  for (const [k, list] of byYear)
    peerBands.set(k, bandOf(list, list[0]!.indicator, TREND.minPeers + 1))

  const results: AuditResult[] = []
  for (const m of moves) {
    const rate = isRate(m.indicator)
    if (Math.abs(m.to - m.from) < (rate ? TREND.minRateChange : TREND.minCountChange))
      continue
    const own = byAgency.get(`${m.indicator}\u0000${m.key}`)!.filter(o => o !== m)
    const history = bandOf(own, m.indicator, TREND.minHistory)
    const peers = peerBands.get(`${m.indicator}\u0000${m.current.year}`) ?? null
    const flagged = peers
      ? outside(peers, m.d) && (history === null || outside(history, m.d))
      : history !== null && outside(history, m.d)
    if (!flagged)
      continue
    const band = (peers ?? history)!
    const show = rate ? points : factor
    results.push(auditResult(`trend.jump/${rate ? 'rate' : 'count'}_${peers ? 'peers' : 'history'}`, {
      indicator: m.indicator,
      agency: m.current.agency ?? '',
      from: m.from,
      to: m.to,
      prevYear: m.previous.year!,
      year: m.current.year!,
      change: show(m.d),
      median: show(band.centre),
      low: show(band.low),
      high: show(band.high),
      count: peers ? band.n - 1 : band.n,
      k: TREND.k,
    }, [m.previous.id, m.current.id], { indicator: m.indicator, values: [m.from, m.to] }))
  }
  return results
}
