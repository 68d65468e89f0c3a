import type { Random } from './synthetic-random'
import { chance, fork, int } from './synthetic-random'

/**
 * What one year's report carries over from the last (the audit's
 * continuity rules): requests carried into the next year, and the stock of
 * normative documents in force. Each year's part comes from a stream keyed
 * by (seed, county, year, kind), so a report knows last year's figures
 * without last year's report being generated. A few reports break the
 * chain, as real ones do (BREAK of them, each figure).
 */
const BREAK = 0.03

export interface CarryAgency {
  seed: number
  county: number
  kind: number
}

/**
 * Requests carried from `year` into the next, for an agency expecting
 * `requests` a year: none for agencies that get a handful, sometimes a few
 * for busy ones.
 */
export function carriedOut(a: CarryAgency, year: number, requests: number): number {
  if (requests < 5)
    return 0
  const rand = fork(a.seed, 10, a.county, year, a.kind)
  return chance(rand, Math.min(0.6, requests / 100)) ? int(rand, 1, Math.max(1, Math.round(requests / 10))) : 0
}

/** Last year's carried-out figure as this year's report states it (or, planted, misstates it). */
export function carriedIn(a: CarryAgency, year: number, requestsOf: (year: number) => number, rand: Random): { value: number, broken: boolean } {
  const value = carriedOut(a, year - 1, requestsOf(year - 1))
  return chance(rand, BREAK) ? { value: value + int(rand, 1, 3), broken: true } : { value, broken: false }
}

/** Median yearly issues and stock of normative documents for the agency's kind (synthetic-profile.ts). */
export interface DocProfile {
  normativeIssued: number
  normativeInForce: number
}

/** Normative documents issued and abolished in `year`: a few a year, fewer abolished. */
function flows(a: CarryAgency, year: number, profile: DocProfile, scale: number): { issued: number, abolished: number } {
  const rand = fork(a.seed, 11, a.county, year, a.kind)
  const issued = Math.round(profile.normativeIssued * scale * (0.5 + rand()))
  return { issued, abolished: int(rand, 0, Math.ceil(issued / 2)) }
}

/**
 * The stock in force at the end of `year` (2021 format from 2021 on): a
 * starting stock in 2020, then each year's issued minus abolished. `scaleOf`
 * gives the agency's workload in a year.
 */
export function normativeDocs(a: CarryAgency, year: number, profile: DocProfile, scaleOf: (year: number) => number, rand: Random): { issued: number, abolished: number, inForce: number, broken: boolean } {
  let stock = Math.round(profile.normativeInForce * scaleOf(2020) * (0.6 + fork(a.seed, 12, a.county, a.kind)()))
  let last = { issued: 0, abolished: 0 }
  for (let y = 2021; y <= year; y++) {
    last = flows(a, y, profile, scaleOf(y))
    stock = Math.max(0, stock + last.issued - last.abolished)
  }
  if (chance(rand, BREAK))
    return { ...last, inForce: stock + int(rand, 1, 5), broken: true }
  return { ...last, inForce: stock, broken: false }
}
