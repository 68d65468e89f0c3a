import type { SourcedReport } from '../../src/schema/snapshot'
import type { SyntheticCounty } from './synthetic-places'
import type { SyntheticKind } from './synthetic-profile'
import { buildPlaces } from './synthetic-places'
import { FIRST_YEAR, SYNTHETIC_KINDS, YEARS } from './synthetic-profile'
import { fork, logNormal, mulberry32 } from './synthetic-random'
import { syntheticReport } from './synthetic-report'

/**
 * Which county publishes which report: a county-year-kind grid from which
 * exactly `reports` slots are drawn, weighted so that county governments
 * report most often, recent years are better covered than early ones, and
 * a few counties leave many gaps (the coverage matrix shows them).
 */

/** China has about 2,800 county-level units: the generator's national scale. */
export const NATIONAL_COUNTIES = 2800
/** Reports per county over ten years at provincial scale (about 0.9 a year). */
const REPORTS_PER_COUNTY = 9
/** Beyond national scale, more reports per county rather than more counties (max 30). */
const MAX_REPORTS_PER_COUNTY = 24
/** Mean observations per report, as generated (measured; see docs/scale.md). */
export const MEAN_OBSERVATIONS = 34.4

const KIND_WEIGHT: Record<SyntheticKind, number> = {
  'county-government': 1,
  'approval-bureau': 0.5,
  'service-center': 0.4,
}

/** Counties for a dataset of `reports`: provincial scale grows to national, then densifies. */
export function countiesFor(reports: number): number {
  if (reports <= NATIONAL_COUNTIES * REPORTS_PER_COUNTY)
    return Math.max(1, Math.ceil(reports / REPORTS_PER_COUNTY))
  return Math.max(NATIONAL_COUNTIES, Math.ceil(reports / MAX_REPORTS_PER_COUNTY))
}

interface Slot { county: SyntheticCounty, year: number, kind: SyntheticKind }

/** Weighted sampling without replacement (Efraimidis–Spirakis): the `n` largest u^(1/w). */
function drawSlots(seed: number, counties: readonly SyntheticCounty[], n: number): Slot[] {
  const rand = fork(seed, 2)
  const keyed: { key: number, slot: Slot }[] = []
  for (const county of counties) {
    for (let t = 0; t < YEARS; t++) {
      for (const kind of SYNTHETIC_KINDS) {
        const weight = KIND_WEIGHT[kind] * county.diligence * (0.55 + 0.05 * t)
        keyed.push({ key: Math.log(1 - rand()) / weight, slot: { county, year: FIRST_YEAR + t, kind } })
      }
    }
  }
  keyed.sort((a, b) => b.key - a.key)
  return keyed.slice(0, n).map(k => k.slot)
}

/**
 * Exactly `reports` synthetic reports for a seed. Each report draws from its
 * own stream (seed, county, year, kind), so it is the same in every dataset
 * that contains it.
 */
export function syntheticReports(reports: number, seed: number): SourcedReport[] {
  const counties = buildPlaces(mulberry32(seed), countiesFor(reports))
  return drawSlots(seed, counties, reports).map(({ county, year, kind }) => {
    const k = SYNTHETIC_KINDS.indexOf(kind)
    const level = logNormal(fork(seed, 4, county.index, k), 1, 0.45)
    return syntheticReport(fork(seed, 3, county.index, year, k), county, year, kind, level, seed)
  })
}
