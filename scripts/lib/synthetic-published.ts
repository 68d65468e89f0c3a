import type { Agency } from './synthetic-prose'
import type { SyntheticKind } from './synthetic-profile'
import { chance, fork, int } from './synthetic-random'

/**
 * When a synthetic report is published (spec §2 `published`, also written
 * as the signature date under section 六): most before the deadline of
 * 条例第四十九条 (a department's by 31 January, a government's own by
 * 31 March), LATE of them up to two months after it.
 */
const LATE = 0.08

function iso(year: number, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, dayOfYear)).toISOString().slice(0, 10)
}

export function publicationDate(seed: number, a: Agency, year: number, kind: SyntheticKind): string {
  const rand = fork(seed, 8, a.county.index, year, a.kind)
  const deadline = kind === 'county-government' ? 31 + 28 + 31 + (isLeap(year + 1) ? 1 : 0) : 31
  const first = kind === 'county-government' ? 20 : 8
  const day = chance(rand, LATE) ? deadline + int(rand, 1, 60) : int(rand, first, deadline)
  return iso(year + 1, day)
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}
